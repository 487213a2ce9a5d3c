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

    [Test]
    public async Task Should_keep_the_earliest_eviction_date_and_alert_on_an_eviction_before_it()
    {
        var dossier = await OpenDossierWithCdp();
        var cql = new DateOnly(2025, 6, 2);
        await SendAccepted(FlowMessages.Stage(ProcedureStage.CommandementDeQuitterLesLieux, cql, PartnerCode.Huissiers) with { DossierId = dossier });

        // 2 August is the last day of the CQL's two months: the eviction is lawful from the 3rd.
        await SendAccepted(FlowMessages.Stage(ProcedureStage.EvictionCarriedOut, new DateOnly(2025, 8, 2), PartnerCode.Huissiers) with { DossierId = dossier });

        Assert.That(await AlertsOn(dossier, 1), Is.EqualTo(new[] { ProcedureAlertCodes.EvictionTooEarly }));
        Assert.That((await Hub.DossierAsync(dossier)).EarliestEvictionOn, Is.EqualTo(new DateOnly(2025, 8, 3)));
    }

    [Test]
    public async Task Should_call_the_silence_a_refusal_only_once_more_than_two_months_have_passed()
    {
        var dossier = await OpenDossierWithCdp();
        var requestedOn = Validation.ParisTime.DateOf(Hub.Clock.GetUtcNow());
        await SendAccepted(FlowMessages.Stage(ProcedureStage.CfpRequested, requestedOn, PartnerCode.Huissiers) with { DossierId = dossier });
        var refusalAt = Validation.ParisTime.StartOf(requestedOn.AddMonths(2).AddDays(1));

        // The last minute of the two months: the relay has nothing due for this dossier, its obligation stays open.
        await Hub.AdvanceAsync(refusalAt - TimeSpan.FromMinutes(1) - Hub.Clock.GetUtcNow());
        var onTheLastDay = (await Hub.DossierAsync(dossier)).Obligations.Single(o => o.Flow == "F15").Status;
        await Hub.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.That(onTheLastDay, Is.EqualTo(ObligationStatus.Open));
        Assert.That(await AlertsOn(dossier, 1), Is.EqualTo(new[] { ProcedureAlertCodes.CfpImplicitRefusal }));
    }
}
