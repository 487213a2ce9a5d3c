using System.Text.Json;
using Ccapex.Hub.Partners.Prefecture;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// F7 and F15 end to end: the Préfecture's event file reaches the hub's dossiers; a bad line is reported with its
/// code and the others pass; the file ends in failed/ (or done/) with its report.
/// </summary>
public sealed class When_the_prefecture_drops_an_event_file : PartnersFixture
{
    private async Task<EventFolderReport> Report(string folder, string name)
    {
        var path = Path.Combine(Hub.EventsFolder, folder, name + ".report.json");
        await Eventually.Until(() => File.Exists(path) && File.Exists(Path.Combine(Hub.EventsFolder, folder, name)), () => $"{name} did not reach {folder}/");
        return JsonSerializer.Deserialize<EventFolderReport>(await File.ReadAllTextAsync(path), ContractJson.Options)!;
    }

    [Test]
    public async Task Should_bring_the_dalo_risk_and_the_stages_to_the_dossier_and_report_the_bad_line()
    {
        var household = NewHousehold();
        var act = NewActReference();
        var dossier = await OpenDossierWithCdp(household, null, act);
        var today = Hub.Today;
        var name = $"events-{Unique()}.jsonl";

        await Hub.DropEventsAsync(name, EventLines.File(
            EventLines.DaloRisk(household, today),
            EventLines.Stage("cql", act, today.AddDays(-70)),
            EventLines.Stage("cfp-requets", act, today),
            EventLines.Stage("cfp-request", act, today.AddDays(-3))));

        var report = await Report("failed", name);
        var updated = await Hub.DossierWhen(dossier, d => d.DaloPriority && d.CqlOn is not null && d.CfpRequestedOn == today.AddDays(-3), "DALO risk, CQL and CFP request not all recorded");
        Assert.Multiple(() =>
        {
            Assert.That(report.Status, Is.EqualTo(EventFolderReport.FailedStatus));
            Assert.That((report.Lines, report.Sent, report.Refused), Is.EqualTo((4, 3, 1)));
            Assert.That(report.Results.Single(r => r.Status == EventLineOutcome.RefusedStatus).Line, Is.EqualTo(3));
            Assert.That(report.Results.Single(r => r.Status == EventLineOutcome.RefusedStatus).Code, Is.EqualTo(EventErrorCodes.KindUnknown));
            Assert.That(updated.CqlOn, Is.EqualTo(today.AddDays(-70)));
            Assert.That(updated.InvolvedPartners, Does.Contain(PartnerCode.PrefecturePolice));
            Assert.That(File.Exists(Path.Combine(Hub.EventsFolder, "incoming", name)), Is.False);
        });
    }

    [Test]
    public async Task Should_move_a_file_of_good_lines_to_done_and_each_stage_once()
    {
        var household = NewHousehold();
        var act = NewActReference();
        var dossier = await OpenDossierWithCdp(household, null, act);
        var today = Hub.Today;
        var name = $"events-{Unique()}.jsonl";
        var content = EventLines.File(EventLines.Stage("cfp-decision", act, today, cfpGranted: false));
        var sent = EventFileParser.Parse(content, Hub.Clock.GetUtcNow()).Single().Message!.MessageId;

        await Hub.DropEventsAsync(name, content);

        var report = await Report("done", name);
        var answer = await Tap.WaitForAnswer(PartnerCode.PrefecturePolice, sent);
        var updated = await Hub.DossierWhen(dossier, d => d.CfpGranted == false, "CFP decision not recorded");
        Assert.Multiple(() =>
        {
            Assert.That((report.Status, report.Sent), Is.EqualTo((EventFolderReport.DoneStatus, 1)));
            Assert.That(answer.Is<MessageAccepted>(), Is.True, () => answer.Message.ToJsonString());
            Assert.That(updated.Stage, Is.EqualTo(ProcedureStage.CfpDecided));
        });
    }
}
