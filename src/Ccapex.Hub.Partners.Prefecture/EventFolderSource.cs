using System.Globalization;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>
/// Reference adapter of <see cref="IPrefectureEventSource"/>: JSON-lines files dropped in &lt;folder&gt;/incoming
/// (*.jsonl, written under another name and renamed into place), moved once handled to done/ (every line sent)
/// or failed/ (any line refused), each with its report. A file stays in incoming/ until it is completed, so a crash
/// or a broker outage means it is read again, with the same ids.
/// </summary>
public sealed class EventFolderSource(IOptions<PrefectureOptions> options, TimeProvider clock) : IPrefectureEventSource, IHostedService, IDisposable
{
    public const string Extension = ".jsonl";

    private static readonly JsonSerializerOptions ReportJson = new(ContractJson.Options) { WriteIndented = true };

    private readonly string _root = Path.GetFullPath(options.Value.EventsFolder);
    private readonly SemaphoreSlim _wake = new(0);
    private FileSystemWatcher? _watcher;

    public string Incoming => Path.Combine(_root, "incoming");

    public string Done => Path.Combine(_root, "done");

    public string Failed => Path.Combine(_root, "failed");

    /// <summary>Creates the folders at start: a folder that cannot be created (rights, a missing share) refuses the start.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Incoming);
            Directory.CreateDirectory(Done);
            Directory.CreateDirectory(Failed);
        }
        catch (Exception unusable) when (unusable is IOException or UnauthorizedAccessException)
        {
            throw new PartnerStartException($"the events folder {_root} (Prefecture:EventsFolder) cannot be used: {unusable.Message}", unusable);
        }

        // File events only wake the scan early; the periodic scan covers shares where they are lost.
        _watcher = new FileSystemWatcher(Incoming, "*" + Extension) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite };
        _watcher.Created += (_, _) => Wake();
        _watcher.Renamed += (_, _) => Wake();
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<PrefectureEventBatch>> PendingAsync(CancellationToken cancellationToken)
    {
        var batches = new List<PrefectureEventBatch>();
        foreach (var file in Directory.EnumerateFiles(Incoming, "*" + Extension).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.'))
            {
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            batches.Add(new PrefectureEventBatch(name, EventFileParser.Parse(bytes, clock.GetUtcNow())));
        }

        return batches;
    }

    public async Task CompleteAsync(PrefectureEventBatch batch, IReadOnlyList<EventLineOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(outcomes);
        var sent = outcomes.Count(o => o.Status == EventLineOutcome.SentStatus);
        var failed = sent < outcomes.Count;
        var folder = failed ? Failed : Done;
        var target = FreeName(folder, batch.Name);
        var report = new EventFolderReport
        {
            File = batch.Name,
            MovedTo = $"{Path.GetFileName(folder)}/{target}",
            Status = failed ? EventFolderReport.FailedStatus : EventFolderReport.DoneStatus,
            ProcessedAt = clock.GetUtcNow(),
            Lines = outcomes.Count,
            Sent = sent,
            Refused = outcomes.Count - sent,
            Results = outcomes,
        };

        // Report first, through a temporary name, then the file: a crash in between leaves the file to be read again.
        var reportPath = Path.Combine(folder, target + ".report.json");
        await File.WriteAllTextAsync(reportPath + ".tmp", JsonSerializer.Serialize(report, ReportJson), cancellationToken).ConfigureAwait(false);
        File.Move(reportPath + ".tmp", reportPath, overwrite: true);
        File.Move(Path.Combine(Incoming, batch.Name), Path.Combine(folder, target));
    }

    public async Task WaitForEventsAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await _wake.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            // A writer raises several events for one file: take them all at once.
            while (_wake.CurrentCount > 0)
            {
                await _wake.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _wake.Dispose();
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <summary>The file's name, or the name with the time when one of that name was handled before.</summary>
    private string FreeName(string folder, string name)
    {
        if (!File.Exists(Path.Combine(folder, name)))
        {
            return name;
        }

        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        return $"{Path.GetFileNameWithoutExtension(name)}.{stamp}{Path.GetExtension(name)}";
    }
}
