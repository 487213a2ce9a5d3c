using System.Text.Json;
using Ccapex.Hub.Batches.DropFolder;

namespace Ccapex.Hub.Batches.Tests;

public sealed class When_a_batch_file_is_dropped
{
    [Test]
    public async Task Should_send_every_line_and_move_a_clean_file_to_done_with_its_reports()
    {
        using var folder = new DropFolder();
        folder.Drop("lot-0113.csv", Csv.Sample("cdp-utf8-bom.csv"));

        var reports = await folder.SettleAndScanAsync();

        var report = reports.Single();
        Assert.Multiple(() =>
        {
            Assert.That(report.Status, Is.EqualTo("done"));
            Assert.That(report.MovedTo, Is.EqualTo("done/lot-0113.csv"));
            Assert.That((report.Lines, report.Sent, report.Refused), Is.EqualTo((3, 3, 0)));
            Assert.That(report.Results.Select(r => r.Status), Is.All.EqualTo("queued"));
            // Lines go out concurrently: the report keeps the file's order, the sends need not.
            Assert.That(report.Results.Select(r => r.MessageId), Is.EquivalentTo(folder.Submitter.Sent.Select(m => (Guid?)m.MessageId)));
            Assert.That(DropFolder.Files(folder.Options.Incoming), Is.Empty);
            Assert.That(DropFolder.Files(folder.Options.Done), Is.EqualTo(new[] { "lot-0113.csv", "lot-0113.csv.report.json", "lot-0113.csv.report.txt" }));
        });
    }

    [Test]
    public async Task Should_send_the_valid_lines_of_a_failed_file_and_say_so()
    {
        using var folder = new DropFolder();
        folder.Drop("lot-erreurs.csv", Csv.Sample("cdp-with-errors.csv"));

        await folder.SettleAndScanAsync();

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Options.Failed, "lot-erreurs.csv.report.json")));
        var root = json.RootElement;
        var text = File.ReadAllText(Path.Combine(folder.Options.Failed, "lot-erreurs.csv.report.txt"));
        Assert.Multiple(() =>
        {
            Assert.That(DropFolder.Files(folder.Options.Failed), Has.Member("lot-erreurs.csv"));
            Assert.That(folder.Submitter.Sent.Select(m => m.ActReference), Is.EquivalentTo(new[] { "E-2025-0001", "E-2025-0004" }));
            Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(root.GetProperty("note").GetString(), Does.Contain("Each line stands alone"));
            Assert.That(root.GetProperty("results").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("status").GetString())),
                Is.EqualTo(new[] { (2, "queued"), (3, "invalid"), (4, "invalid"), (5, "queued"), (6, "invalid") }));
            Assert.That(root.GetProperty("results")[1].GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("csv.date_invalid"));
            Assert.That(text, Does.Contain("5 line(s): 2 sent to the hub, 3 refused."));
            Assert.That(text, Does.Contain("code_postal: postal_code.invalid"));
        });
    }

    [Test]
    public async Task Should_refuse_a_file_whose_header_is_wrong_and_send_nothing()
    {
        using var folder = new DropFolder();
        folder.Drop("mauvais.csv", System.Text.Encoding.UTF8.GetBytes("reference_acte;nom\nA;B\n"));

        var report = (await folder.SettleAndScanAsync()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(report.Status, Is.EqualTo("failed"));
            Assert.That(report.FileErrors.Select(e => e.Code), Does.Contain("csv.column_unknown").And.Contain("csv.column_missing"));
            Assert.That(folder.Submitter.Sent, Is.Empty);
            Assert.That(File.ReadAllText(Path.Combine(folder.Options.Failed, "mauvais.csv.report.txt")), Does.Contain("refused whole; no line was sent"));
        });
    }

    [Test]
    public async Task Should_not_take_a_file_that_is_still_growing()
    {
        using var folder = new DropFolder();
        var lines = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "cdp-with-errors.csv"));
        var path = folder.Drop("en-cours.csv", lines[..200]);

        Assert.That(await folder.Watcher.ScanAsync(CancellationToken.None), Is.Empty, "first sight");
        folder.Clock!.Advance(TimeSpan.FromSeconds(4));
        await File.AppendAllTextAsync(path, "more");
        folder.Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.That(await folder.Watcher.ScanAsync(CancellationToken.None), Is.Empty, "changed since the last look");
        folder.Clock.Advance(DropFolder.SettleTime);

        Assert.That(await folder.Watcher.ScanAsync(CancellationToken.None), Has.Count.EqualTo(1), "unchanged for the settle time");
    }

    [TestCase(".lot.csv")]
    [TestCase("lot.csv.tmp")]
    [TestCase("lot.csv.part")]
    [TestCase("~lot.csv")]
    public async Task Should_never_take_a_file_under_a_temporary_name(string name)
    {
        using var folder = new DropFolder();
        folder.Drop(name, Csv.Sample("cdp-utf8-bom.csv"));

        Assert.That(await folder.SettleAndScanAsync(), Is.Empty);
        Assert.That(DropFolder.Files(folder.Options.Incoming), Is.EqualTo(new[] { name }));
    }

    [Test]
    public async Task Should_leave_the_file_in_place_while_the_broker_does_not_confirm_and_resend_the_same_ids_after()
    {
        using var folder = new DropFolder();
        folder.Drop("lot.csv", Csv.Sample("cdp-utf8-bom.csv"));
        folder.Submitter.BrokerDown = true;

        Assert.That(await folder.SettleAndScanAsync(), Is.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(DropFolder.Files(folder.Options.Incoming), Is.EqualTo(new[] { "lot.csv" }));
            Assert.That(DropFolder.Files(folder.Options.Done).Concat(DropFolder.Files(folder.Options.Failed)), Is.Empty, "no report for a file not handled");
        });

        folder.Submitter.BrokerDown = false;
        var report = (await folder.Watcher.ScanAsync(CancellationToken.None)).Single();

        var expected = Csv.ReadSample("cdp-utf8-bom.csv").Lines.Select(l => l.Message!.MessageId);
        Assert.That(report.Status, Is.EqualTo("done"));
        Assert.That(folder.Submitter.Sent.Select(m => m.MessageId), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Should_keep_both_when_a_file_of_the_same_name_comes_again()
    {
        using var folder = new DropFolder();
        folder.Drop("lot.csv", Csv.Sample("cdp-utf8-bom.csv"));
        await folder.SettleAndScanAsync();
        folder.Drop("lot.csv", Csv.Sample("cdp-utf8-bom.csv"));

        var again = (await folder.SettleAndScanAsync()).Single();

        Assert.Multiple(() =>
        {
            Assert.That(again.MovedTo, Is.EqualTo("done/lot.20250120T090010Z.csv"));
            Assert.That(DropFolder.Files(folder.Options.Done), Has.Length.EqualTo(6));
            Assert.That(folder.Submitter.Sent.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(3), "the same acts, the same ids");
        });
    }

    [Test]
    public async Task Should_take_a_file_renamed_into_place_while_running()
    {
        using var folder = new DropFolder(TimeProvider.System, TimeSpan.FromMilliseconds(300));
        var watcher = folder.Watcher;
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            var temporary = folder.Drop(".lot.csv.tmp", Csv.Sample("cdp-utf8-bom.csv"));
            File.Move(temporary, Path.Combine(folder.Options.Incoming, "lot.csv"));

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!File.Exists(Path.Combine(folder.Options.Done, "lot.csv.report.json")) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.That(DropFolder.Files(folder.Options.Done), Is.EqualTo(new[] { "lot.csv", "lot.csv.report.json", "lot.csv.report.txt" }));
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }
}
