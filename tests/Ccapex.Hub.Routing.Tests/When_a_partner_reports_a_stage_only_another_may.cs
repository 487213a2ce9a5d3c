using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// Authority per content (issue 10, item 3; F15's "content" rule in charter-rules.json): only the Préfecture
/// decides a CFP, only the bailiffs report a judgment and its payment delays; a field another stage carries is
/// refused. Every refusal is given at once by the intake and changes nothing on the dossier.
/// </summary>
public sealed class When_a_partner_reports_a_stage_only_another_may : RoutingSpec
{
    [Test]
    public async Task Should_refuse_a_cfp_decision_from_the_bailiffs()
    {
        var id = await OpenDossierWithCdp();
        var before = Hub.Dossier(id);

        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpDecided, new DateOnly(2025, 2, 14)) with { CfpGranted = true });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.IntakeRejections().Select(r => r.Code), Is.EqualTo(new[] { ContentRefusal.ContentNotAllowed }));
            Assert.That(Hub.Dossier(id).CfpGranted, Is.Null);
            Assert.That(Hub.Dossier(id).Version, Is.EqualTo(before.Version));
            Assert.That(Hub.To<ProcedureStageReached>(PartnerCode.Drihl), Is.Empty);
        });
    }

    [Test]
    public async Task Should_accept_the_cfp_decision_from_the_prefecture()
    {
        var id = await OpenDossierWithCdp();

        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.CfpDecided, new DateOnly(2025, 2, 14), PartnerCode.PrefecturePolice) with { CfpGranted = true });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.IntakeRejections(), Is.Empty);
            Assert.That(Hub.Dossier(id).CfpGranted, Is.True);
        });
    }

    [Test]
    public async Task Should_refuse_a_judgment_from_the_prefecture()
    {
        var id = await OpenDossierWithCdp();

        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.Judgment, new DateOnly(2025, 2, 14), PartnerCode.PrefecturePolice));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.IntakeRejections().Select(r => r.Code), Is.EqualTo(new[] { ContentRefusal.ContentNotAllowed }));
            Assert.That(Hub.Dossier(id).Stage, Is.EqualTo(ProcedureStage.CommandementDePayer));
        });
    }

    [Test]
    public async Task Should_refuse_a_cfp_grant_carried_by_a_judgment()
    {
        var id = await OpenDossierWithCdp();

        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.Judgment, new DateOnly(2025, 2, 14)) with { CfpGranted = true });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.IntakeRejections().Select(r => r.Code), Is.EqualTo(new[] { ContentRefusal.FieldNotAllowed }));
            Assert.That(Hub.IntakeRejections().Single().Reason, Does.Contain("cfpGranted"));
            Assert.That(Hub.Dossier(id).CfpGranted, Is.Null);
            Assert.That(Hub.Dossier(id).Stage, Is.EqualTo(ProcedureStage.CommandementDePayer));
        });
    }

    [Test]
    public async Task Should_accept_the_judgment_s_payment_delays_from_the_bailiffs()
    {
        var id = await OpenDossierWithCdp();

        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.Judgment, new DateOnly(2025, 2, 14)) with { PaymentDelaysGranted = true });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.IntakeRejections(), Is.Empty);
            Assert.That(Hub.Dossier(id).Stage, Is.EqualTo(ProcedureStage.Judgment));
        });
    }
}
