using Ccapex.Hub.Batches.DropFolder;
using Ccapex.Hub.Batches.Submission;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>A drop folder in a temporary directory, its watcher on a fake clock, and a fake broker.</summary>
internal sealed class DropFolder : IDisposable
{
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(5);

    public DropFolder(TimeProvider? clock = null, TimeSpan? settleTime = null)
    {
        Clock = clock as FakeTimeProvider;
        var time = clock ?? Clock ?? (Clock = new FakeTimeProvider(Csv.Now));
        Options = new CdpDropFolderOptions
        {
            Root = Path.Combine(Path.GetTempPath(), "ccapex-drop-tests", Guid.NewGuid().ToString("N")),
            SettleTime = settleTime ?? SettleTime,
            ScanInterval = TimeSpan.FromSeconds(1),
        };
        Watcher = new CdpDropFolderWatcher(
            Csv.Reader(clock: time),
            new CdpBatchSubmitter(Submitter, time, NullLogger<CdpBatchSubmitter>.Instance),
            Microsoft.Extensions.Options.Options.Create(Options),
            time,
            NullLogger<CdpDropFolderWatcher>.Instance);
        Directory.CreateDirectory(Options.Incoming);
    }

    public FakeTimeProvider? Clock { get; }

    public CdpDropFolderOptions Options { get; }

    public FakeSubmitter Submitter { get; } = new();

    public CdpDropFolderWatcher Watcher { get; }

    public string Drop(string name, byte[] content)
    {
        var path = Path.Combine(Options.Incoming, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Sees the files, lets the settle time pass on the fake clock, and scans again: what a quiet file goes through.</summary>
    public async Task<IReadOnlyList<DropFolderReport>> SettleAndScanAsync()
    {
        await Watcher.ScanAsync(CancellationToken.None);
        Clock!.Advance(SettleTime);
        return await Watcher.ScanAsync(CancellationToken.None);
    }

    public static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        Watcher.Dispose();
        Directory.Delete(Options.Root, recursive: true);
    }
}
