using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// Item 9 of issue 14 (action 9): every assignation, whatever its ground, expects the Département's social diagnosis
/// before the hearing (F16), chased as other answers; the CDP's six weeks only hold back an assignation for arrears.
/// </summary>
public sealed class When_the_departement_owes_a_social_diagnosis : RoutingSpec
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private List<RemindOverdueAnswer> Reminders() =>
        Hub.To<RemindOverdueAnswer>(PartnerCode.Departement).Where(r => r.Flow == "F6").ToList();

    private static SocialDiagnosisReported Diagnosis(Guid dossierId) =>
        SampleMessages.SocialDiagnosisReported() with { MessageId = Guid.NewGuid(), DossierId = dossierId };

    [TestCase(EvictionGround.RentArrears)]
    [TestCase(EvictionGround.NoticeToReclaimOrSell)]
    [TestCase(EvictionGround.Nuisance)]
    [TestCase(EvictionGround.OccupationWithoutTitle)]
    public async Task Should_expect_it_of_the_departement_for_any_ground(EvictionGround ground)
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D("2025-03-03"), D("2025-05-20")) with { Ground = ground });

        var obligation = Hub.Dossier(id).Obligations.Single(o => o.Flow == "F6");
        Assert.Multiple(() =>
        {
            Assert.That(obligation.Partner, Is.EqualTo(PartnerCode.Departement));
            Assert.That(obligation.ExpectedMessage, Is.EqualTo(nameof(SocialDiagnosisReported)));
            Assert.That(obligation.DueAt, Is.EqualTo(RoutingHarness.Start + TimeSpan.FromDays(21)));
        });
    }

    [Test]
    public async Task Should_remind_the_departement_then_escalate_to_the_drihl()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D("2025-03-03"), D("2025-05-20")));

        await Hub.AdvanceAsync(TimeSpan.FromDays(21) - TimeSpan.FromMinutes(1));
        var theMinuteBefore = Reminders().Count;
        await Hub.AdvanceAsync(TimeSpan.FromMinutes(1));
        var onTheDay = Reminders().Count;
        await Hub.AdvanceAsync(TimeSpan.FromDays(7));
        await Hub.AdvanceAsync(TimeSpan.FromDays(7));

        Assert.Multiple(() =>
        {
            Assert.That(theMinuteBefore, Is.Zero);
            Assert.That(onTheDay, Is.EqualTo(1));
            Assert.That(Reminders().Select(r => r.Reminder), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(Hub.To<EscalateOverdueAnswer>(PartnerCode.Drihl).Single(e => e.Flow == "F6").Partner, Is.EqualTo(PartnerCode.Departement));
            Assert.That(Hub.Dossier(id).Obligations.Single(o => o.Flow == "F6").Status, Is.EqualTo(ObligationStatus.Escalated));
        });
    }

    [Test]
    public async Task Should_make_it_due_no_later_than_the_hearing_day()
    {
        // A hearing on 30 January 2025, closer than the 21 days: due at midnight in Paris that day (23:00 UTC the day before).
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D("2025-03-03"), D("2025-01-30")));
        var hearing = ParisTime.StartOf(D("2025-01-30"));

        await Hub.AdvanceAsync(hearing - TimeSpan.FromMinutes(1) - Hub.Clock.GetUtcNow());
        var theMinuteBefore = Reminders().Count;
        await Hub.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossier(id).Obligations.Single(o => o.Flow == "F6").DueAt, Is.EqualTo(hearing));
            Assert.That(theMinuteBefore, Is.Zero);
            Assert.That(Reminders(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_take_the_diagnosis_as_the_answer_and_route_it_to_the_drihl()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D("2025-03-03"), D("2025-05-20")));
        var diagnosis = Diagnosis(id);
        await Hub.SubmitAsync(diagnosis);

        await Hub.AdvanceAsync(TimeSpan.FromDays(60));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<SocialDiagnosisReported>(PartnerCode.Drihl).Single().MessageId, Is.EqualTo(diagnosis.MessageId));
            Assert.That(Hub.To<MessageAccepted>(PartnerCode.Departement).Single(a => a.InReplyTo == diagnosis.MessageId).Flow, Is.EqualTo("F16"));
            Assert.That(Hub.Dossier(id).Obligations.Single(o => o.Flow == "F6").Status, Is.EqualTo(ObligationStatus.Answered));
            Assert.That(Reminders(), Is.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_a_diagnosis_from_another_partner()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D("2025-03-03"), D("2025-05-20")));
        await Hub.SubmitAsync(Diagnosis(id) with { Sender = PartnerCode.Caf });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<SocialDiagnosisReported>(PartnerCode.Drihl), Is.Empty);
            Assert.That(Hub.Dossier(id).Obligations.Single(o => o.Flow == "F6").Status, Is.EqualTo(ObligationStatus.Open));
        });
    }

    // The CDP of 13 January 2025: its six weeks end on 24 February, and hold back only an assignation for arrears.
    [TestCase(EvictionGround.RentArrears, "2025-02-24", true)]
    [TestCase(EvictionGround.RentArrears, "2025-02-25", false)]
    [TestCase(EvictionGround.NoticeToReclaimOrSell, "2025-02-24", false)]
    [TestCase(EvictionGround.Nuisance, "2025-01-20", false)]
    [TestCase(EvictionGround.OccupationWithoutTitle, "2025-01-20", false)]
    [TestCase(EvictionGround.OtherBreachOfLease, "2025-01-20", false)]
    public async Task Should_hold_only_an_assignation_for_arrears_to_the_cdp_s_six_weeks(EvictionGround ground, string servedOn, bool alert)
    {
        await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Assignation(D(servedOn), D("2025-05-20")) with { Ground = ground });

        var codes = Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code);
        Assert.That(codes.Contains(ProcedureAlertCodes.AssignationTooEarly), Is.EqualTo(alert));
    }
}
