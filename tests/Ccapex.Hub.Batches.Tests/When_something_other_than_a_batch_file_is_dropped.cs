using System.Diagnostics;
using Ccapex.Hub.Batches.DropFolder;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>
/// Issue 10, item 9: whoever can write to the drop folder is hostile. A link (to a file the hub may read), a FIFO
/// (whose opening would block the watcher), a folder, a name office software does not write, or a file too large is
/// set aside in failed/ unopened, with a report and its stable code; the real batch beside them is still read.
/// </summary>
public sealed class When_something_other_than_a_batch_file_is_dropped
{
    /// <summary>Two scans across the settle time, as a quiet file goes through; the reports of both (set-aside entries go at once).</summary>
    private static async Task<IReadOnlyList<DropFolderReport>> ScanWithin(DropFolder folder, TimeSpan limit)
    {
        var scan = Task.Run(async () =>
        {
            var first = await folder.Watcher.ScanAsync(CancellationToken.None);
            folder.Clock!.Advance(DropFolder.SettleTime);
            return first.Concat(await folder.Watcher.ScanAsync(CancellationToken.None)).ToList();
        });
        var finished = await Task.WhenAny(scan, Task.Delay(limit));
        Assert.That(finished, Is.SameAs(scan), "the scan blocked");
        return await scan;
    }

    [Test]
    public async Task Should_set_a_link_aside_without_reading_what_it_points_to()
    {
        using var folder = new DropFolder();
        var secret = Path.Combine(Path.GetTempPath(), "ccapex-secret-" + Guid.NewGuid().ToString("N") + ".csv");
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Samples", "cdp-utf8-bom.csv"), secret);
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder.Options.Incoming, "lien.csv"), secret);

            var reports = await ScanWithin(folder, TimeSpan.FromSeconds(30));

            Assert.Multiple(() =>
            {
                Assert.That(reports.Single().FileErrors.Single().Code, Is.EqualTo(DropFolderCodes.NotARegularFile));
                Assert.That(folder.Submitter.Sent, Is.Empty, "the link's target was read");
                Assert.That(File.Exists(secret), Is.True, "the target was moved");
                Assert.That(new FileInfo(Path.Combine(folder.Options.Failed, "lien.csv")).LinkTarget, Is.EqualTo(secret));
            });
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Test]
    public async Task Should_set_a_fifo_aside_without_opening_it()
    {
        using var folder = new DropFolder();
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(folder.Options.Incoming, "tube.csv")))
        {
            await mkfifo.WaitForExitAsync();
            Assert.That(mkfifo.ExitCode, Is.Zero);
        }

        folder.Drop("lot.csv", Csv.Sample("cdp-utf8-bom.csv"));

        var reports = await ScanWithin(folder, TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(reports.Single(r => r.File == "tube.csv").FileErrors.Single().Code, Is.EqualTo(DropFolderCodes.NotARegularFile));
            Assert.That(reports.Single(r => r.File == "lot.csv").Status, Is.EqualTo("done"));
            Assert.That(DropFolder.Files(folder.Options.Incoming), Is.Empty);
        });
    }

    [TestCase("lot.exe", DropFolderCodes.UnexpectedName)]
    [TestCase("lot", DropFolderCodes.UnexpectedName)]
    public async Task Should_set_a_file_office_software_does_not_write_aside(string name, string code)
    {
        using var folder = new DropFolder();
        folder.Drop(name, Csv.Sample("cdp-utf8-bom.csv"));

        var reports = await ScanWithin(folder, TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(reports.Single().FileErrors.Single().Code, Is.EqualTo(code));
            Assert.That(folder.Submitter.Sent, Is.Empty);
            Assert.That(DropFolder.Files(folder.Options.Failed), Has.Member(name));
        });
    }

    [Test]
    public async Task Should_set_a_folder_aside()
    {
        using var folder = new DropFolder();
        Directory.CreateDirectory(Path.Combine(folder.Options.Incoming, "dossier.csv"));

        var reports = await ScanWithin(folder, TimeSpan.FromSeconds(30));

        Assert.That(reports.Single().FileErrors.Single().Code, Is.EqualTo(DropFolderCodes.NotARegularFile));
    }

    [Test]
    public async Task Should_set_a_file_too_large_aside_unread()
    {
        using var folder = new DropFolder();
        folder.Options.MaxFileBytes = 100;
        folder.Drop("gros.csv", Csv.Sample("cdp-utf8-bom.csv"));

        var reports = await ScanWithin(folder, TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(reports.Single().FileErrors.Single().Code, Is.EqualTo(DropFolderCodes.TooLarge));
            Assert.That(folder.Submitter.Sent, Is.Empty);
        });
    }

    [Test]
    [Platform(Exclude = "Win")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Should_create_its_folders_for_its_owner_only()
    {
        // incoming/ is made by the test as an operator would (its mode is theirs to choose); the watcher makes the others.
        using var folder = new DropFolder();
        await folder.Watcher.ScanAsync(CancellationToken.None);

        foreach (var path in new[] { folder.Options.Done, folder.Options.Failed })
        {
            Assert.That(File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute),
                Is.EqualTo(UnixFileMode.None), path);
        }
    }
}
