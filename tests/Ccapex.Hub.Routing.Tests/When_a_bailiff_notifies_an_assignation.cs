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

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<string> Alerts() => Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code);

    // The CDP of 13 January 2025 (the sample's): its six weeks run to the end of 24 February.
    [TestCase("2025-02-23", true)]
    [TestCase("2025-02-24", true)]
    [TestCase("2025-02-25", false)]
    public async Task Should_alert_when_served_within_the_six_weeks_of_the_cdp(string servedOn, bool alert)
    {
        await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D(servedOn), D("2025-05-20")) with { CdpDeliveredOn = null });

        Assert.That(Alerts().Contains(ProcedureAlertCodes.AssignationTooEarly), Is.EqualTo(alert));
    }

    [TestCase("2024-12-20", "2025-01-31", true)]
    [TestCase("2024-12-20", "2025-02-01", false)]
    [TestCase("2024-01-18", "2024-02-29", true)]
    [TestCase("2024-01-18", "2024-03-01", false)]
    public async Task Should_count_the_six_weeks_from_the_cdp_the_assignation_names(string cdpDeliveredOn, string servedOn, bool alert)
    {
        await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D(servedOn), D("2025-05-20")) with { CdpDeliveredOn = D(cdpDeliveredOn) });

        Assert.That(Alerts().Contains(ProcedureAlertCodes.AssignationTooEarly), Is.EqualTo(alert));
    }

    // A hearing on 20 May 2025: the préfet must be notified by 8 April (six weeks before).
    [TestCase("2025-04-07", false)]
    [TestCase("2025-04-08", false)]
    [TestCase("2025-04-09", true)]
    public async Task Should_measure_the_prefect_s_notice_from_its_own_date(string notifiedOn, bool alert)
    {
        await OpenDossierWithCdp();

        // Received long after the notice (a backlog): the hub's receipt date does not count.
        await Hub.AdvanceAsync(TimeSpan.FromDays(110));
        await Hub.SubmitAsync(Fresh.Assignation(D("2025-03-03"), D("2025-05-20")) with { PrefectNotifiedOn = D(notifiedOn) });

        Assert.That(Alerts().Contains(ProcedureAlertCodes.HearingNoticeTooShort), Is.EqualTo(alert));
    }

    // Without a notice date, the message's own date in Paris: 22:30 UTC on 8 April is already 9 April in Paris.
    [TestCase("2025-04-07T21:30:00Z", false)]
    [TestCase("2025-04-08T21:30:00Z", false)]
    [TestCase("2025-04-08T22:30:00Z", true)]
    public async Task Should_date_a_notice_without_its_date_by_when_it_was_sent_in_paris(string sentAt, bool alert)
    {
        await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D("2025-03-03"), D("2025-05-20")) with
        {
            PrefectNotifiedOn = null,
            SentAt = DateTimeOffset.Parse(sentAt, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.That(Alerts().Contains(ProcedureAlertCodes.HearingNoticeTooShort), Is.EqualTo(alert));
    }
}
