using System.Globalization;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Batches.Csv;
using Ccapex.Hub.Batches.Submission;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Batches.DropFolder;

/// <summary>
/// Takes CDP batch files dropped in &lt;root&gt;/incoming once they are complete, sends each valid line to the
/// hub's intake, writes the reports, and moves the file to done/ (every line sent) or failed/ (any line or the
/// file refused). A file event wakes it at once; a periodic scan catches what events miss.
/// </summary>
/// <remarks>
/// Crash-safe by order: lines are sent (broker-confirmed) before the reports are written, and the reports before
/// the file is moved. A crash at any point leaves the file in incoming/, and the next run sends the same lines
/// with the same message ids, which the hub recognises. When the broker does not confirm, the file stays where it
/// is, without a report, and is tried again at the next scan.
/// </remarks>
public sealed partial class CdpDropFolderWatcher(
    CdpCsvReader reader,
    CdpBatchSubmitter submitter,
    IOptions<CdpDropFolderOptions> options,
    TimeProvider clock,
    ILogger<CdpDropFolderWatcher> logger) : BackgroundService
{
    // Writers' temporary names: these files are still being written and are renamed when complete.
    private static readonly string[] TemporarySuffixes = [".tmp", ".part", ".partial", ".crdownload", ".filepart", ".swp"];

    /// <summary>What office software writes: CSV files; anything else is set aside unopened.</summary>
    private static readonly string[] ExpectedExtensions = [".csv"];

    private readonly CdpDropFolderOptions _options = options.Value;
    private readonly FileSettleTracker _settle = new(options.Value.SettleTime);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly SemaphoreSlim _scanning = new(1, 1);

    /// <summary>
    /// Lists incoming/ once: records what changed, and processes every file that has settled, in name order.
    /// Returns the reports of the files processed. Safe to call while the service runs (scans do not overlap).
    /// </summary>
    public async Task<IReadOnlyList<DropFolderReport>> ScanAsync(CancellationToken cancellationToken)
    {
        await _scanning.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CreateFolders();
            var now = clock.GetUtcNow();
            var entries = new DirectoryInfo(_options.Incoming).EnumerateFileSystemInfos()
                .Where(f => !IsTemporary(f.Name))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
            var reports = new List<DropFolderReport>();
            var files = new List<FileInfo>();
            foreach (var entry in entries)
            {
                if (Unexpected(entry) is { } why)
                {
                    // Moved aside unopened (a rename moves a link or a FIFO, never what it points to), with its report.
                    reports.Add(await SetAsideAsync(entry, why, cancellationToken).ConfigureAwait(false));
                }
                else if (entry is FileInfo file)
                {
                    files.Add(file);
                }
            }

            _settle.KeepOnly(files.Select(f => f.FullName));
            foreach (var file in files.Where(f => _settle.IsSettled(f.FullName, f.Length, f.LastWriteTimeUtc, now)))
            {
                var report = await ProcessAsync(file, cancellationToken).ConfigureAwait(false);
                if (report is null)
                {
                    // The broker is not confirming: the next files would fail the same way.
                    break;
                }

                _settle.Forget(file.FullName);
                reports.Add(report);
            }

            return reports;
        }
        finally
        {
            _scanning.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        CreateFolders();
        using var watcher = new FileSystemWatcher(_options.Incoming)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
            IncludeSubdirectories = false,
        };
        watcher.Created += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        watcher.Error += (_, e) =>
        {
            LogWatcherError(e.GetException(), _options.Incoming);
            Wake();
        };
        watcher.EnableRaisingEvents = true;
        LogWatching(_options.Incoming, _options.SettleTime);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(stoppingToken).ConfigureAwait(false);

                // A file seen but not yet settled is looked at again after the settle time, not the scan interval.
                var wait = _settle.HasPending && _options.SettleTime < _options.ScanInterval ? _options.SettleTime : _options.ScanInterval;
                if (await _wake.WaitAsync(wait, stoppingToken).ConfigureAwait(false))
                {
                    // A writer raises many events: let them gather, then scan once.
                    await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken).ConfigureAwait(false);
                    while (_wake.CurrentCount > 0)
                    {
                        await _wake.WaitAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                // A folder on a share that went away, a file locked by its writer, or a fault of ours: the files
                // stay in incoming/ and the next scan tries again, rather than the whole gateway stopping.
                LogScanFailed(failure, _options.Incoming);
                try
                {
                    await Task.Delay(_options.ScanInterval, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _scanning.Dispose();
        base.Dispose();
    }

    private async Task<DropFolderReport?> ProcessAsync(FileInfo file, CancellationToken cancellationToken)
    {
        CdpCsvBatch batch;
        var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
        await using (stream.ConfigureAwait(false))
        {
            batch = await reader.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        var outcomes = await submitter.SubmitAsync([.. batch.Lines.Select(CdpBatchLine.From)], TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        if (outcomes.Any(o => o.Status == CdpLineStatus.Unsent))
        {
            LogBrokerUnavailable(file.Name);
            return null;
        }

        var sent = outcomes.Count(o => o.Sent);
        var failed = batch.FileErrors.Count > 0 || sent < outcomes.Count;
        var folder = failed ? _options.Failed : _options.Done;
        var target = FreeName(folder, file.Name);
        var report = new DropFolderReport
        {
            File = file.Name,
            MovedTo = $"{Path.GetFileName(folder)}/{target}",
            Status = failed ? DropFolderReport.FailedStatus : DropFolderReport.DoneStatus,
            ProcessedAt = clock.GetUtcNow(),
            Encoding = batch.Encoding,
            Lines = outcomes.Count,
            Sent = sent,
            Refused = outcomes.Count - sent,
            FileErrors = batch.FileErrors,
            Results = outcomes,
        };
        await DropFolderReportWriter.WriteAsync(folder, target, report, cancellationToken).ConfigureAwait(false);
        File.Move(file.FullName, Path.Combine(folder, target));
        LogProcessed(file.Name, report.Status, report.Lines, sent, report.MovedTo);
        return report;
    }

    /// <summary>Why an entry of incoming/ is not a CDP batch to read; null when it is one.</summary>
    private FieldError? Unexpected(FileSystemInfo entry)
    {
        if (!DroppedEntry.IsRegularFile(entry))
        {
            return new FieldError { Field = "file", Code = DropFolderCodes.NotARegularFile, Message = "Only regular files are read: links, folders, FIFOs, sockets and devices are set aside unopened." };
        }

        if (!ExpectedExtensions.Contains(Path.GetExtension(entry.Name), StringComparer.OrdinalIgnoreCase))
        {
            return new FieldError { Field = "file", Code = DropFolderCodes.UnexpectedName, Message = $"Only {string.Join(" or ", ExpectedExtensions)} files are read." };
        }

        return entry is FileInfo { Length: var length } && length > _options.MaxFileBytes
            ? new FieldError { Field = "file", Code = DropFolderCodes.TooLarge, Message = $"A batch file may hold {_options.MaxFileBytes} bytes at most." }
            : null;
    }

    private async Task<DropFolderReport> SetAsideAsync(FileSystemInfo entry, FieldError why, CancellationToken cancellationToken)
    {
        var target = FreeName(_options.Failed, entry.Name);
        var report = new DropFolderReport
        {
            File = entry.Name,
            MovedTo = $"{Path.GetFileName(_options.Failed)}/{target}",
            Status = DropFolderReport.FailedStatus,
            ProcessedAt = clock.GetUtcNow(),
            Encoding = string.Empty,
            FileErrors = [why],
        };
        await DropFolderReportWriter.WriteAsync(_options.Failed, target, report, cancellationToken).ConfigureAwait(false);
        if (entry is DirectoryInfo && entry.LinkTarget is null)
        {
            Directory.Move(entry.FullName, Path.Combine(_options.Failed, target));
        }
        else
        {
            File.Move(entry.FullName, Path.Combine(_options.Failed, target));
        }

        LogSetAside(entry.Name, why.Code, report.MovedTo);
        return report;
    }

    /// <summary>The file's own name, or, when a file of that name was already handled, the name with the time.</summary>
    private string FreeName(string folder, string name)
    {
        if (!File.Exists(Path.Combine(folder, name)))
        {
            return name;
        }

        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        var candidate = $"{stem}.{stamp}{extension}";
        for (var n = 2; File.Exists(Path.Combine(folder, candidate)); n++)
        {
            candidate = $"{stem}.{stamp}-{n}{extension}";
        }

        return candidate;
    }

    private static bool IsTemporary(string name) =>
        name.StartsWith('.') || name.StartsWith('~') || TemporarySuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Owner-only on Unix: the files hold households' personal data.</summary>
    private void CreateFolders()
    {
        foreach (var folder in new[] { _options.Root, _options.Incoming, _options.Done, _options.Failed })
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for CDP batch files (taken once unchanged for {SettleTime})")]
    private partial void LogWatching(string folder, TimeSpan settleTime);

    [LoggerMessage(Level = LogLevel.Information, Message = "CDP batch {File}: {Status}, {Lines} line(s), {Sent} sent; moved to {MovedTo}")]
    private partial void LogProcessed(string file, string status, int lines, int sent, string movedTo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} set aside unopened ({Code}); moved to {MovedTo}")]
    private partial void LogSetAside(string file, string code, string movedTo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CDP batch {File} left in incoming: the broker did not confirm its lines; trying again at the next scan")]
    private partial void LogBrokerUnavailable(string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing {Folder} failed; trying again at the next scan")]
    private partial void LogScanFailed(Exception failure, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File events on {Folder} were lost; the periodic scan covers them")]
    private partial void LogWatcherError(Exception failure, string folder);
}
