using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.SchemaExport;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// Offices as members of the bailiffs' role (ADR 0014), in a deployment whose rules list them: each office reports
/// its own acts only, and another office's act reference reaches nothing, answered as if there were no dossier.
/// </summary>
public sealed class When_bailiff_offices_connect_one_by_one : RoutingSpec
{
    private static readonly PartnerCode Lefevre = PartnerCode.Parse("HUISSIERS.ETUDE_LEFEVRE");
    private static readonly PartnerCode Caron = PartnerCode.Parse("HUISSIERS.ETUDE_CARON");

    protected override Func<CharterRules>? Rules => () => CharterRulesLoader.Parse(WithOffices(), "rules-with-offices.json");

    [Test]
    public async Task Should_take_an_office_s_own_cdp_and_refuse_one_for_another_office()
    {
        await Hub.SubmitAsync(Fresh.Cdp() with { Sender = Caron });
        await Hub.SubmitAsync(Fresh.Cdp() with { Sender = Lefevre });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<MessageRejected>(Caron).Concat(Hub.IntakeRejections()).Select(r => r.Code), Is.EqualTo(new[] { MemberCheck.MemberMismatch }));
            Assert.That(Hub.To<CdpNotificationAccepted>(Lefevre), Has.Count.EqualTo(1));
            Assert.That(Hub.Dossiers().Single().BailiffOffices, Is.EqualTo(new[] { SampleMessages.BailiffOffice().OfficeCode }));
        });
    }

    [Test]
    public async Task Should_let_only_the_office_that_served_the_act_report_its_stages()
    {
        await Hub.SubmitAsync(Fresh.Cdp() with { Sender = Lefevre });
        var dossier = Hub.To<CdpNotificationAccepted>(Lefevre).Single().DossierId;
        var before = Hub.Dossier(dossier).Timeline.Count;

        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.Judgment, new DateOnly(2025, 3, 1), Caron));
        await Hub.SubmitAsync(Fresh.Stage(dossier, ProcedureStage.Judgment, new DateOnly(2025, 3, 1), Caron));
        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.Judgment, new DateOnly(2025, 3, 1), Lefevre));

        var refused = Hub.To<MessageRejected>(Caron).Concat(Hub.IntakeRejections()).Select(r => r.Code).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.EquivalentTo(new[] { Routing.RejectionCodes.DossierNotFound, Routing.RejectionCodes.DossierUnknown }));
            Assert.That(Hub.To<ProcedureStageReached>(PartnerCode.Drihl).Select(s => s.Sender), Is.EqualTo(new[] { Lefevre }));
            Assert.That(Hub.Dossier(dossier).Timeline, Has.Count.EqualTo(before + 1));
        });
    }

    [Test]
    public async Task Should_refuse_the_chamber_s_own_name_once_its_offices_connect_one_by_one()
    {
        await Hub.SubmitAsync(Fresh.Cdp());

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossiers(), Is.Empty);
            Assert.That(Hub.Deliveries, Is.Empty);
        });
    }

    private static string WithOffices()
    {
        var shipped = File.ReadAllText(Path.Combine(RepositoryRoot.Find(TestContext.CurrentContext.TestDirectory), "contracts", "charter", "charter-rules.json"));
        return shipped.Replace("\"members\": [", """
            "members": [
                { "code": "HUISSIERS.ETUDE_LEFEVRE", "name": "SCP Lefèvre et Rousseau", "officeCodes": ["CJ75-0412"] },
                { "code": "HUISSIERS.ETUDE_CARON", "name": "Maître Anne Caron", "officeCodes": ["CJ75-0877"] },
            """, StringComparison.Ordinal);
    }
}
