using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// Item 3 of issue 14 (action 19): a DALO-priority household named by the Préfecture (F7), the COMED (F9) or a CFP
/// request (F15) starts the blockers review (F8); the Département and the CAF each owe an answer (F17), chased.
/// </summary>
public sealed class When_a_dalo_household_is_named : RoutingSpec
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Today => ParisTime.DateOf(RoutingHarness.Start);

    private static DaloBlockersReviewed Answer(Guid dossierId, PartnerCode sender) =>
        SampleMessages.DaloBlockersReviewed() with { MessageId = Guid.NewGuid(), DossierId = dossierId, Sender = sender };

    private List<RemindOverdueAnswer> Reminders(PartnerCode partner) => Hub.To<RemindOverdueAnswer>(partner).Where(r => r.Flow == "F8").ToList();

    [Test]
    public async Task Should_start_the_review_on_a_comed_referral_naming_a_dalo_priority()
    {
        await Hub.SubmitAsync(SampleMessages.SubmitComedReferral() with { MessageId = Guid.NewGuid(), DossierId = null, DaloRecognisedOn = D("2025-01-06") });

        var dossier = Hub.Dossiers().Single();
        var review = Hub.To<ReviewDaloRehousingBlockers>(PartnerCode.Departement).Single();
        Assert.Multiple(() =>
        {
            Assert.That(dossier.DaloPriority, Is.True);
            Assert.That(Hub.To<ReviewDaloRehousingBlockers>(PartnerCode.Caf), Has.Count.EqualTo(1));
            Assert.That(review.DaloRecognisedOn, Is.EqualTo(D("2025-01-06")));
            Assert.That(review.DecisionExpectedBy, Is.Null, "no CFP requested yet");
            Assert.That(review.AnswerDueBy, Is.EqualTo(Today.AddDays(21)));
            Assert.That(dossier.Obligations.Where(o => o.Flow == "F8").Select(o => o.Partner), Is.EquivalentTo(new[] { PartnerCode.Departement, PartnerCode.Caf }));
        });
    }

    [Test]
    public async Task Should_not_start_it_on_a_comed_referral_without_a_dalo_priority()
    {
        await Hub.SubmitAsync(SampleMessages.SubmitComedReferral() with { MessageId = Guid.NewGuid(), DossierId = null, DaloRecognisedOn = null });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossiers().Single().DaloPriority, Is.False);
            Assert.That(Hub.To<ReviewDaloRehousingBlockers>(PartnerCode.Departement), Is.Empty);
        });
    }

    [Test]
    public async Task Should_start_the_review_on_a_cfp_request_naming_a_dalo_priority()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpRequested, D("2025-01-14")) with { DaloRecognisedOn = D("2024-11-21") });

        var review = Hub.To<ReviewDaloRehousingBlockers>(PartnerCode.Caf).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossier(id).DaloPriority, Is.True);
            Assert.That(review.DecisionExpectedBy, Is.EqualTo(D("2025-03-14")), "the last day before the silence is a refusal");
            Assert.That(review.AnswerDueBy, Is.EqualTo(D("2025-02-04")), "21 days, before the decision's lead of 14 days");
        });
    }

    [Test]
    public async Task Should_refuse_a_dalo_priority_on_another_stage_than_a_cfp_request()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.Judgment, D("2025-01-14")) with { DaloRecognisedOn = D("2024-11-21") });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.IntakeRejections().Select(r => r.Code), Does.Contain("rule.field_not_allowed"));
            Assert.That(Hub.Dossier(id).DaloPriority, Is.False);
        });
    }

    [Test]
    public async Task Should_start_one_review_while_one_is_awaited()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid(), DossierId = id, CdpActReference = Fresh.Cdp().ActReference });
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpRequested, D("2025-01-14")) with { DaloRecognisedOn = D("2024-11-21") });

        Assert.That(Hub.To<ReviewDaloRehousingBlockers>(PartnerCode.Departement), Has.Count.EqualTo(1));
    }

    // The Préfecture's alert of the sample: its review is due on 4 February 2025 (21 days), overdue from midnight in Paris the day after.
    [Test]
    public async Task Should_remind_who_did_not_answer_then_escalate_to_the_drihl()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid(), DossierId = id, CdpActReference = Fresh.Cdp().ActReference });
        var overdue = ParisTime.StartOf(D("2025-02-05"));

        await Hub.AdvanceAsync(overdue - TimeSpan.FromMinutes(1) - Hub.Clock.GetUtcNow());
        await Hub.SubmitAsync(Answer(id, PartnerCode.Caf));
        var theMinuteBefore = Reminders(PartnerCode.Departement).Count;
        await Hub.AdvanceAsync(TimeSpan.FromMinutes(1));
        var onTheDay = Reminders(PartnerCode.Departement).Count;
        await Hub.AdvanceAsync(TimeSpan.FromDays(7));
        await Hub.AdvanceAsync(TimeSpan.FromDays(7));

        var f8 = Hub.Dossier(id).Obligations.Where(o => o.Flow == "F8").ToDictionary(o => o.Partner, o => o.Status);
        Assert.Multiple(() =>
        {
            Assert.That(theMinuteBefore, Is.Zero);
            Assert.That(onTheDay, Is.EqualTo(1));
            Assert.That(Reminders(PartnerCode.Departement).Select(r => r.Reminder), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(Reminders(PartnerCode.Caf), Is.Empty, "the CAF answered on the last day");
            Assert.That(Hub.To<EscalateOverdueAnswer>(PartnerCode.Drihl).Single(e => e.Flow == "F8").Partner, Is.EqualTo(PartnerCode.Departement));
            Assert.That(f8[PartnerCode.Caf], Is.EqualTo(ObligationStatus.Answered));
            Assert.That(f8[PartnerCode.Departement], Is.EqualTo(ObligationStatus.Escalated));
            Assert.That(Hub.To<DaloBlockersReviewed>(PartnerCode.Drihl).Single().Sender, Is.EqualTo(PartnerCode.Caf));
        });
    }
}
