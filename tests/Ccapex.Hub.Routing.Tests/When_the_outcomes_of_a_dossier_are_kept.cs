using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// What the annual report counts is kept on the dossier, not forwarded and forgotten (issue 13, item 2): each
/// examination with its addressees, each six-month answer with its situation and whether it came in time, and the
/// Banque de France's reports.
/// </summary>
public sealed class When_the_outcomes_of_a_dossier_are_kept : RoutingSpec
{
    [Test]
    public async Task Should_keep_each_examination_with_the_partners_it_addressed()
    {
        var dossier = await OpenDossierWithCdp();
        var first = Fresh.Examination(dossier, new DateOnly(2025, 1, 14));
        await Hub.SubmitAsync(first);
        await Hub.SubmitAsync(Fresh.Examination(dossier, new DateOnly(2025, 2, 11)) with
        {
            Recommendations = [new() { Addressee = PartnerCode.Departement, Text = "Instruire une demande d'aide FSL maintien." }],
        });

        var kept = Hub.Dossier(dossier).Examinations;
        Assert.Multiple(() =>
        {
            Assert.That(kept.Select(e => e.ExaminedOn), Is.EqualTo(new[] { new DateOnly(2025, 1, 14), new DateOnly(2025, 2, 11) }));
            Assert.That(kept[0].Addressees, Is.EquivalentTo(new[] { PartnerCode.Departement, PartnerCode.Caf, PartnerCode.ActionLogement }));
            Assert.That(kept[0].MessageId, Is.EqualTo(first.MessageId));
            Assert.That(kept[0].Outcome, Is.EqualTo(first.Outcome));
            Assert.That(kept[1].Addressees, Is.EqualTo(new[] { PartnerCode.Departement }));
        });
    }

    [Test]
    public async Task Should_keep_each_six_month_answer_and_whether_it_came_in_time()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Examination(dossier, new DateOnly(2025, 1, 14)));
        await Hub.AdvanceAsync(TimeSpan.FromDays(181));
        var followUp = Hub.Dossier(dossier).FollowUpId!.Value;

        await Hub.SubmitAsync(Fresh.Status(dossier, followUp, PartnerCode.Caf) with { Situation = FollowUpSituation.RepaymentPlanRespected });

        // Thirty days to answer, a reminder every fifteen after: the Département answers after its first reminder.
        await Hub.AdvanceAsync(TimeSpan.FromDays(31));
        await Hub.SubmitAsync(Fresh.Status(dossier, followUp, PartnerCode.Departement) with { Situation = FollowUpSituation.Rehoused });

        var answers = Hub.Dossier(dossier).FollowUpAnswers;
        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(a => (a.Partner, a.Situation, a.OnTime, a.RemindersSent)), Is.EqualTo(new[]
            {
                (PartnerCode.Caf, FollowUpSituation.RepaymentPlanRespected, true, 0),
                (PartnerCode.Departement, FollowUpSituation.Rehoused, false, 1),
            }));
            Assert.That(answers.Select(a => a.FollowUpId), Is.All.EqualTo(followUp));
        });
    }

    [Test]
    public async Task Should_keep_nothing_of_an_answer_it_refuses()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Examination(dossier, new DateOnly(2025, 1, 14)));
        await Hub.AdvanceAsync(TimeSpan.FromDays(181));

        await Hub.SubmitAsync(Fresh.Status(dossier, Guid.NewGuid(), PartnerCode.Caf));

        Assert.That(Hub.Dossier(dossier).FollowUpAnswers, Is.Empty);
    }

    [Test]
    public async Task Should_keep_the_banque_de_france_s_reports_in_order()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Examination(dossier, new DateOnly(2025, 1, 14)) with
        {
            Recommendations = [new() { Addressee = PartnerCode.Bdf, Text = "Instruire le dossier de surendettement." }],
        });

        await Hub.SubmitAsync(SampleMessages.OverindebtednessStatusReported() with { MessageId = Guid.NewGuid(), DossierId = dossier, Status = OverindebtednessStatus.Filed, StatusOn = new DateOnly(2025, 2, 1) });
        await Hub.SubmitAsync(SampleMessages.OverindebtednessStatusReported() with { MessageId = Guid.NewGuid(), DossierId = dossier, Status = OverindebtednessStatus.PlanAdopted, StatusOn = new DateOnly(2025, 5, 2) });

        Assert.That(Hub.Dossier(dossier).Overindebtedness.Select(r => (r.Status, r.StatusOn)), Is.EqualTo(new[]
        {
            (OverindebtednessStatus.Filed, new DateOnly(2025, 2, 1)),
            (OverindebtednessStatus.PlanAdopted, new DateOnly(2025, 5, 2)),
        }));
    }
}
