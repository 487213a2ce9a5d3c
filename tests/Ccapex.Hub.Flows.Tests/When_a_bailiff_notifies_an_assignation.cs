namespace Ccapex.Hub.Flows.Tests;

/// <summary>F6 (action 9): an assignation to the DRIHL in full, and to the Département with only the fields its rule names.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_bailiff_notifies_an_assignation(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_reach_the_drihl_and_the_departement_on_the_dossier_of_the_cdp()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);
        var dossier = await OpenDossierWithCdp(cdp);
        var assignation = FlowMessages.Assignation(Hub.Today, cdp.ActReference, cdp.Household);

        Assert.That(await SendAccepted(assignation), Is.EqualTo(dossier));

        var toDrihl = await Partners.WaitFor<NotifyAssignation>(PartnerCode.Drihl, a => a.MessageId == assignation.MessageId);
        var toDepartement = await Partners.WaitFor<NotifyAssignation>(PartnerCode.Departement, a => a.MessageId == assignation.MessageId);
        Assert.Multiple(() =>
        {
            Assert.That(toDrihl.CdpActReference, Is.EqualTo(cdp.ActReference));
            Assert.That(toDepartement.Household.Tenants, Is.EqualTo(assignation.Household.Tenants));
            Assert.That(toDepartement.HearingDate, Is.EqualTo(assignation.HearingDate));
        });
    }

    [Test]
    public async Task Should_leave_out_of_the_departement_view_what_its_rule_does_not_name()
    {
        var assignation = FlowMessages.Assignation(Hub.Today, FlowMessages.NewActReference(), FlowMessages.NewHousehold()) with
        {
            Ground = EvictionGround.NoticeToReclaimOrSell,
        };

        await SendAccepted(assignation);

        await Partners.WaitFor<NotifyAssignation>(PartnerCode.Departement, a => a.MessageId == assignation.MessageId);
        var view = Partners.To(PartnerCode.Departement).Single(d => d.Is<NotifyAssignation>() && d.As<NotifyAssignation>().MessageId == assignation.MessageId).Message;
        var full = Partners.To(PartnerCode.Drihl).Single(d => d.Is<NotifyAssignation>() && d.As<NotifyAssignation>().MessageId == assignation.MessageId).Message;
        Assert.Multiple(() =>
        {
            Assert.That(full.ContainsKey("cdpActReference"), Is.True);
            Assert.That(view.ContainsKey("cdpActReference"), Is.False, "the Département's view leaves out the CDP act reference");
        });
    }

    [Test]
    public async Task Should_measure_the_prefect_s_notice_from_the_date_the_message_carries()
    {
        // Both reach the hub 20 days before their hearing; only the second was notified to the préfet late.
        var hearing = Hub.Today.AddDays(20);
        var inTime = FlowMessages.Assignation(Hub.Today, null, FlowMessages.NewHousehold()) with
        {
            ServedOn = Hub.Today.AddDays(-30), HearingDate = hearing, PrefectNotifiedOn = hearing.AddDays(-42),
        };
        var late = FlowMessages.Assignation(Hub.Today, null, FlowMessages.NewHousehold()) with
        {
            ServedOn = Hub.Today.AddDays(-30), HearingDate = hearing, PrefectNotifiedOn = hearing.AddDays(-41),
        };

        var inTimeDossier = await SendAccepted(inTime);
        var lateDossier = await SendAccepted(late);

        var alert = await Partners.WaitFor<ProcedureAlertRaised>(PartnerCode.Drihl, a => a.DossierId == lateDossier);
        var inTimeNotes = (await Hub.DossierAsync(inTimeDossier)).Timeline.Select(t => t.Note ?? string.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(alert.Code, Is.EqualTo(Routing.Dossiers.ProcedureAlertCodes.HearingNoticeTooShort));
            Assert.That(inTimeNotes, Has.None.Contains(Routing.Dossiers.ProcedureAlertCodes.HearingNoticeTooShort), "its receipt, 20 days before the hearing, does not count");
        });
    }
}
