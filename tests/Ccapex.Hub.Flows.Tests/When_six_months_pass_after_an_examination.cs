using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// F13 and F14 (action 23): six months after the examination the partners involved are asked, their answers
/// close the follow-up, and a late one is reminded twice, every 15 days after 30, then escalated to the DRIHL.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_six_months_pass_after_an_examination(StoreProvider provider) : FlowFixture(provider)
{
    /// <summary>The recommendations' addressees, the Banque de France among them (it then reports, F12).</summary>
    private static readonly PartnerCode[] Involved = [PartnerCode.Departement, PartnerCode.Caf, PartnerCode.ActionLogement, PartnerCode.Bdf];

    /// <summary>A COMED referral (F9), an examination today (F11) that addresses the Banque de France, its report (F12); returns the dossier.</summary>
    private async Task<Guid> Examine()
    {
        var dossier = await SendAccepted(FlowMessages.ComedReferral(FlowMessages.NewHousehold()));
        await SendAccepted(FlowMessages.ExaminationAddressingTheBdf(dossier, Hub.Today));
        await SendAccepted(FlowMessages.Overindebtedness(dossier));
        return dossier;
    }

    /// <summary>Moves the clock to just past the follow-up date (six months after today's examination, at midnight UTC).</summary>
    private async Task<Guid> AskedAtSixMonths(Guid dossier)
    {
        var due = new DateTimeOffset(Hub.Today.AddMonths(6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await Hub.AdvanceAsync(due - Hub.Clock.GetUtcNow() + TimeSpan.FromHours(1));
        var requests = await Partners.WaitFor<RequestSixMonthFollowUp>(PartnerCode.Departement, r => r.DossierId == dossier);
        return requests.FollowUpId;
    }

    private List<PartnerCode> AskedAbout(Guid dossier) =>
        PartnerCode.All.Where(p => Partners.To<RequestSixMonthFollowUp>(p, r => r.DossierId == dossier).Count > 0).ToList();

    [Test]
    public async Task Should_ask_every_partner_involved_six_months_on_and_nobody_before()
    {
        var dossier = await Examine();
        var due = new DateTimeOffset(Hub.Today.AddMonths(6).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        await Hub.AdvanceAsync(due - Hub.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        await Partners.SettleAsync();
        Assert.That(AskedAbout(dossier), Is.Empty, "an hour before six months");

        await Hub.AdvanceAsync(TimeSpan.FromHours(2));
        foreach (var partner in Involved)
        {
            var request = await Partners.WaitFor<RequestSixMonthFollowUp>(partner, r => r.DossierId == dossier);
            Assert.That(request.Addressee, Is.EqualTo(partner));
        }

        await Partners.SettleAsync();
        var following = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(AskedAbout(dossier), Is.EquivalentTo(Involved), "neither the COMED nor the DRIHL is asked");
            Assert.That(following.CurrentState, Is.EqualTo("FollowingUp"));
        });
    }

    [Test]
    public async Task Should_close_the_follow_up_when_every_partner_asked_has_answered()
    {
        var dossier = await Examine();
        var followUp = await AskedAtSixMonths(dossier);

        foreach (var partner in Involved)
        {
            await SendAccepted(FlowMessages.Status(dossier, followUp, partner));
        }

        await Partners.WaitFor<SixMonthStatusReported>(PartnerCode.Drihl, s => s.DossierId == dossier, Involved.Length);
        await Eventually.Until(async () => (await Hub.DossierAsync(dossier)).CurrentState == "Closed", () => $"Dossier {dossier} is not closed.");
    }

    [Test]
    public async Task Should_remind_a_late_partner_twice_then_escalate_to_the_drihl()
    {
        var dossier = await Examine();
        var followUp = await AskedAtSixMonths(dossier);
        var late = PartnerCode.ActionLogement;
        foreach (var partner in Involved.Where(p => p != late))
        {
            await SendAccepted(FlowMessages.Status(dossier, followUp, partner));
        }

        await Hub.AdvanceAsync(TimeSpan.FromDays(31));
        await Partners.WaitFor<RemindOverdueAnswer>(late, r => r.DossierId == dossier && r.Reminder == 1);
        await Hub.AdvanceAsync(TimeSpan.FromDays(16));
        await Partners.WaitFor<RemindOverdueAnswer>(late, r => r.DossierId == dossier && r.Reminder == 2);
        await Hub.AdvanceAsync(TimeSpan.FromDays(16));

        var escalation = await Partners.WaitFor<EscalateOverdueAnswer>(PartnerCode.Drihl, e => e.DossierId == dossier);
        await Eventually.Until(async () => (await Hub.DossierAsync(dossier)).CurrentState == "Closed", () => $"Dossier {dossier} is not closed.");
        var closed = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(escalation.Partner, Is.EqualTo(late));
            Assert.That(escalation.Flow, Is.EqualTo("F13"));
            Assert.That(Partners.To<RemindOverdueAnswer>(PartnerCode.Caf, r => r.DossierId == dossier), Is.Empty, "the CAF answered");
            Assert.That(closed.Obligations.Where(o => o.FollowUpId == followUp).Select(o => o.Status),
                Is.EquivalentTo(new[] { ObligationStatus.Answered, ObligationStatus.Answered, ObligationStatus.Answered, ObligationStatus.Escalated }));
        });
    }
}
