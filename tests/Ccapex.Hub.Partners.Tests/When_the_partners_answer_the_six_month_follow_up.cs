using Ccapex.Hub.Partners.Prefecture;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// F13 → F14 end to end: a dossier the Préfecture opened (F7, which also involves the CAF through F8) is examined;
/// six months on, both workers answer the hub's follow-up request, and the hub closes their obligations.
/// </summary>
public sealed class When_the_partners_answer_the_six_month_follow_up : PartnersFixture
{
    [Test]
    public async Task Should_have_the_caf_and_the_prefecture_answer_for_their_part()
    {
        var today = Hub.Today;
        var content = EventLines.File(EventLines.DaloRisk(NewHousehold(), today));
        var risk = EventFileParser.Parse(content, Hub.Clock.GetUtcNow()).Single().Message!.MessageId;
        await Hub.DropEventsAsync($"dalo-{Unique()}.jsonl", content);
        var dossier = (await Tap.WaitForAnswer(PartnerCode.PrefecturePolice, risk)).As<MessageAccepted>().DossierId;
        await Tap.WaitFor<ReviewDaloRehousingBlockers>(PartnerCode.Caf, r => r.DossierId == dossier);

        var examination = SampleMessages.CcapexExaminationConcluded() with { MessageId = Guid.NewGuid(), DossierId = dossier, ExaminedOn = today };
        await Tap.SendAsync(examination);
        Assert.That((await Tap.WaitForAnswer(PartnerCode.Drihl, examination.MessageId)).Is<MessageAccepted>(), Is.True);

        var due = new DateTimeOffset(today.AddMonths(6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await Hub.AdvanceAsync(due - Hub.Clock.GetUtcNow() + TimeSpan.FromHours(1));

        var answered = await Hub.DossierWhen(dossier,
            d => d.FollowUpId is { } id && new[] { PartnerCode.Caf, PartnerCode.PrefecturePolice }
                .All(p => d.Obligations.Any(o => o.FollowUpId == id && o.Partner == p && o.Status == ObligationStatus.Answered)),
            "the CAF and the Préfecture have not both answered the follow-up");
        var statuses = Tap.SentBy<SixMonthStatusReported>(PartnerCode.Caf, s => s.DossierId == dossier)
            .Concat(Tap.SentBy<SixMonthStatusReported>(PartnerCode.PrefecturePolice, s => s.DossierId == dossier)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Select(s => s.Sender), Is.EquivalentTo(new[] { PartnerCode.Caf, PartnerCode.PrefecturePolice }));
            Assert.That(statuses.Select(s => s.FollowUpId), Is.All.EqualTo(answered.FollowUpId));
            Assert.That(statuses.Select(s => s.Situation), Is.All.EqualTo(FollowUpSituation.RepaymentPlanRespected), "the configured default");
            Assert.That(answered.Obligations.Where(o => o.FollowUpId == answered.FollowUpId && o.Partner == PartnerCode.Departement).Select(o => o.Status),
                Is.All.EqualTo(ObligationStatus.Open), "nobody answers for the Département here");
        });
    }
}
