using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F6 (action 9): assignations for any ground, to the DRIHL and the Département, with the legal delays checked.</summary>
public sealed class When_a_bailiff_notifies_an_assignation : RoutingSpec
{
    [Test]
    public async Task Should_reach_the_drihl_and_the_departement_on_the_cdp_dossier()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(new DateOnly(2025, 3, 3), new DateOnly(2025, 5, 20)));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<NotifyAssignation>(PartnerCode.Drihl), Has.Count.EqualTo(1));
            Assert.That(Hub.To<NotifyAssignation>(PartnerCode.Departement), Has.Count.EqualTo(1));
            Assert.That(Hub.Dossier(id).Stage, Is.EqualTo(ProcedureStage.Assignation));
            Assert.That(Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl), Is.Empty);
        });
    }

    [Test]
    public async Task Should_show_the_departement_only_its_fields()
    {
        await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(new DateOnly(2025, 3, 3), new DateOnly(2025, 5, 20)));

        var view = Hub.To(PartnerCode.Departement).Single(d => d.MessageType == typeof(NotifyAssignation).FullName).Body;
        Assert.That(view.ContainsKey("cdpActReference"), Is.False, "the Département's view leaves out the CDP act reference");
    }

    [Test]
    public async Task Should_alert_the_drihl_when_served_less_than_six_weeks_after_the_cdp()
    {
        await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(new DateOnly(2025, 2, 10), new DateOnly(2025, 5, 20)));

        Assert.That(Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code), Does.Contain(ProcedureAlertCodes.AssignationTooEarly));
    }

    [Test]
    public async Task Should_open_a_dossier_for_a_ground_other_than_arrears()
    {
        var assignation = Fresh.Assignation(new DateOnly(2025, 3, 3), new DateOnly(2025, 5, 20)) with
        {
            Ground = EvictionGround.NoticeToReclaimOrSell,
            CdpActReference = null,
            Household = SampleMessages.Household() with { Tenants = [new PersonName { LastName = "Roux", FirstName = "Paul" }] },
        };
        await Hub.SubmitAsync(assignation);

        var accepted = Hub.To<MessageAccepted>(PartnerCode.Huissiers).Single();
        Assert.That(Hub.Dossier(accepted.DossierId).OpenedBy, Is.EqualTo("F6"));
    }
}
