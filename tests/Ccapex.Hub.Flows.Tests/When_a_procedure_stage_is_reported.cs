using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>F15: procedure stages to the DRIHL, with an alert when the law is at stake (the clock starts in the winter truce).</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_procedure_stage_is_reported(StoreProvider provider) : FlowFixture(provider)
{
    private async Task<IReadOnlyList<string>> AlertsOn(Guid dossier, int count) =>
        (await Partners.WaitFor<ProcedureAlertRaised>(PartnerCode.Drihl, a => a.DossierId == dossier, count)).Select(a => a.Code).ToList();

    [Test]
    public async Task Should_keep_the_stage_and_route_it_to_the_drihl()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);
        var dossier = await OpenDossierWithCdp(cdp);
        var judgment = FlowMessages.Stage(ProcedureStage.Judgment, Hub.Today, PartnerCode.Huissiers) with { CdpActReference = cdp.ActReference };

        Assert.That(await SendAccepted(judgment), Is.EqualTo(dossier), "found by the CDP's act reference");

        await Partners.WaitFor<ProcedureStageReached>(PartnerCode.Drihl, s => s.MessageId == judgment.MessageId);
        Assert.That((await Hub.DossierAsync(dossier)).Stage, Is.EqualTo(ProcedureStage.Judgment));
    }

    [Test]
    public async Task Should_alert_the_drihl_of_an_eviction_during_the_winter_truce()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);
        var dossier = await OpenDossierWithCdp(cdp);

        // The Préfecture reaches the dossier through the CDP's act (it is not involved yet).
        await SendAccepted(FlowMessages.Stage(ProcedureStage.EvictionCarriedOut, Hub.Today, PartnerCode.PrefecturePolice) with { DossierId = dossier, CdpActReference = cdp.ActReference });

        Assert.That(await AlertsOn(dossier, 1), Is.EqualTo(new[] { ProcedureAlertCodes.WinterTruce }));
    }

    [Test]
    public async Task Should_raise_every_alert_one_stage_calls_for()
    {
        var dossier = await SendAccepted(FlowMessages.DaloRisk(Hub.Today, FlowMessages.NewHousehold()));

        await SendAccepted(FlowMessages.Stage(ProcedureStage.EvictionCarriedOut, Hub.Today, PartnerCode.PrefecturePolice) with { DossierId = dossier });

        Assert.That(await AlertsOn(dossier, 2), Is.EquivalentTo(new[] { ProcedureAlertCodes.WinterTruce, ProcedureAlertCodes.DaloNotRehoused }));
    }

    [Test]
    public async Task Should_record_two_months_of_silence_on_a_cfp_request_as_a_refusal()
    {
        var dossier = await OpenDossierWithCdp();
        await SendAccepted(FlowMessages.Stage(ProcedureStage.CfpRequested, Hub.Today, PartnerCode.Huissiers) with { DossierId = dossier });

        await Hub.AdvanceAsync(TimeSpan.FromDays(62));

        Assert.That(await AlertsOn(dossier, 1), Is.EqualTo(new[] { ProcedureAlertCodes.CfpImplicitRefusal }));
        await Eventually.Until(async () => (await Hub.DossierAsync(dossier)).CfpGranted == false, () => $"Dossier {dossier} does not record the refusal.");
    }
}
