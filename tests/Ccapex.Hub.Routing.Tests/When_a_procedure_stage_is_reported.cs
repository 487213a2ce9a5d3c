using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F15: procedure stages against the legal delays, the winter truce and the DALO safeguard.</summary>
public sealed class When_a_procedure_stage_is_reported : RoutingSpec
{
    [Test]
    public async Task Should_keep_the_stage_and_route_it_to_the_drihl()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.Judgment, new DateOnly(2025, 5, 20)));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossier(id).Stage, Is.EqualTo(ProcedureStage.Judgment));
            Assert.That(Hub.To<ProcedureStageReached>(PartnerCode.Drihl), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_alert_when_the_cfp_is_requested_before_the_cql_delay()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CommandementDeQuitterLesLieux, new DateOnly(2025, 6, 2)));
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpRequested, new DateOnly(2025, 7, 1)));

        Assert.That(Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code), Does.Contain(ProcedureAlertCodes.CfpRequestedTooEarly));
    }

    [Test]
    public async Task Should_record_two_months_of_silence_on_a_cfp_request_as_a_refusal()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpRequested, new DateOnly(2025, 1, 14)));

        await Hub.AdvanceAsync(TimeSpan.FromDays(62));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code), Does.Contain(ProcedureAlertCodes.CfpImplicitRefusal));
            Assert.That(Hub.Dossier(id).CfpGranted, Is.False);
        });
    }

    [Test]
    public async Task Should_not_call_a_decided_cfp_request_refused()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.CfpRequested, new DateOnly(2025, 1, 14), PartnerCode.PrefecturePolice));
        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.CfpDecided, new DateOnly(2025, 2, 14), PartnerCode.PrefecturePolice) with { CfpGranted = true });

        await Hub.AdvanceAsync(TimeSpan.FromDays(62));

        Assert.That(Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code), Does.Not.Contain(ProcedureAlertCodes.CfpImplicitRefusal));
    }

    [TestCase(2025, 1, 15, true)]
    [TestCase(2025, 3, 31, true)]
    [TestCase(2025, 4, 1, false)]
    [TestCase(2025, 10, 31, false)]
    [TestCase(2025, 11, 1, true)]
    public async Task Should_alert_on_an_eviction_during_the_winter_truce(int year, int month, int day, bool alert)
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.EvictionCarriedOut, new DateOnly(year, month, day), PartnerCode.PrefecturePolice));

        var codes = Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code);
        Assert.That(codes.Contains(ProcedureAlertCodes.WinterTruce), Is.EqualTo(alert));
    }

    [Test]
    public async Task Should_raise_every_alert_one_stage_calls_for()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Testing.SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid(), DossierId = id, CdpActReference = Fresh.Cdp().ActReference });
        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.EvictionCarriedOut, new DateOnly(2025, 1, 15), PartnerCode.PrefecturePolice));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code),
                Is.EquivalentTo(new[] { ProcedureAlertCodes.WinterTruce, ProcedureAlertCodes.DaloNotRehoused }));
            Assert.That(Hub.DuplicateReleases, Is.Zero);
        });
    }

    [Test]
    public async Task Should_alert_when_a_dalo_household_gets_a_cfp()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Testing.SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid(), DossierId = id, CdpActReference = Fresh.Cdp().ActReference });
        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.CfpDecided, new DateOnly(2025, 4, 14), PartnerCode.PrefecturePolice) with { CfpGranted = true });

        Assert.That(Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code), Does.Contain(ProcedureAlertCodes.DaloNotRehoused));
    }
}
