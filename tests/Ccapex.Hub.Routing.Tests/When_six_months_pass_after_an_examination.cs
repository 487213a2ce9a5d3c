using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F13 and F14 (action 23): the six-month follow-up, its answers, reminders and escalations.</summary>
public sealed class When_six_months_pass_after_an_examination : RoutingSpec
{
    private Guid _dossier;

    [SetUp]
    public async Task Examine()
    {
        _dossier = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.RightsChecked(_dossier, critical: false));
        await Hub.SubmitAsync(Fresh.Examination(_dossier, new DateOnly(2025, 1, 14)));
    }

    [Test]
    public async Task Should_ask_nobody_before_six_months()
    {
        await Hub.AdvanceAsync(TimeSpan.FromDays(180));

        Assert.That(Hub.Deliveries.Where(d => d.MessageType == typeof(RequestSixMonthFollowUp).FullName), Is.Empty);
    }

    [Test]
    public async Task Should_ask_every_partner_involved_at_six_months()
    {
        await Hub.AdvanceAsync(TimeSpan.FromDays(181));

        var asked = Hub.Deliveries.Where(d => d.MessageType == typeof(RequestSixMonthFollowUp).FullName)
            .Select(d => d.As<RequestSixMonthFollowUp>().Addressee);
        Assert.Multiple(() =>
        {
            Assert.That(asked, Is.EquivalentTo(new[] { PartnerCode.Caf, PartnerCode.Departement, PartnerCode.ActionLogement }));
            Assert.That(Hub.Dossier(_dossier).CurrentState, Is.EqualTo("FollowingUp"));
        });
    }

    [Test]
    public async Task Should_close_the_follow_up_when_everyone_has_answered()
    {
        await Hub.AdvanceAsync(TimeSpan.FromDays(181));
        var followUp = Hub.Dossier(_dossier).FollowUpId!.Value;
        foreach (var partner in new[] { PartnerCode.Caf, PartnerCode.Departement, PartnerCode.ActionLogement })
        {
            await Hub.SubmitAsync(Fresh.Status(_dossier, followUp, partner));
        }

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<SixMonthStatusReported>(PartnerCode.Drihl), Has.Count.EqualTo(3));
            Assert.That(Hub.Dossier(_dossier).CurrentState, Is.EqualTo("Closed"));
        });
    }

    [Test]
    public async Task Should_remind_then_escalate_a_partner_that_stays_silent()
    {
        await Hub.AdvanceAsync(TimeSpan.FromDays(181));
        var followUp = Hub.Dossier(_dossier).FollowUpId!.Value;
        await Hub.SubmitAsync(Fresh.Status(_dossier, followUp, PartnerCode.Caf));
        await Hub.SubmitAsync(Fresh.Status(_dossier, followUp, PartnerCode.Departement));

        for (var step = 0; step < 4; step++)
        {
            await Hub.AdvanceAsync(TimeSpan.FromDays(16));
        }

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<RemindOverdueAnswer>(PartnerCode.ActionLogement).Where(r => r.Flow == "F13").ToList(), Has.Count.EqualTo(2));
            Assert.That(Hub.To<EscalateOverdueAnswer>(PartnerCode.Drihl).Single(e => e.Flow == "F13").Partner, Is.EqualTo(PartnerCode.ActionLogement));
            Assert.That(Hub.To<RemindOverdueAnswer>(PartnerCode.Caf).Where(r => r.Flow == "F13"), Is.Empty);
            Assert.That(Hub.Dossier(_dossier).Obligations.Where(o => o.Flow == "F13").Select(o => o.Status),
                Is.EquivalentTo(new[] { ObligationStatus.Answered, ObligationStatus.Answered, ObligationStatus.Escalated }));
            Assert.That(Hub.Dossier(_dossier).CurrentState, Is.EqualTo("Closed"));
        });
    }
}
