using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>Deadlines of F3/F4: a reminder every 15 days after the deadline, escalation to the DRIHL after two.</summary>
public sealed class When_the_caf_does_not_answer_in_time : RoutingSpec
{
    [Test]
    public async Task Should_remind_the_caf_then_escalate_to_the_drihl()
    {
        var id = await OpenDossierWithCdp();

        await Hub.AdvanceAsync(TimeSpan.FromDays(31));
        Assert.That(Hub.To<RemindOverdueAnswer>(PartnerCode.Caf).Select(r => r.Reminder), Is.EqualTo(new[] { 1 }));

        await Hub.AdvanceAsync(TimeSpan.FromDays(15));
        await Hub.AdvanceAsync(TimeSpan.FromDays(15));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<RemindOverdueAnswer>(PartnerCode.Caf).Select(r => r.Reminder), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(Hub.To<EscalateOverdueAnswer>(PartnerCode.Drihl).Single().Partner, Is.EqualTo(PartnerCode.Caf));
            Assert.That(Hub.Dossier(id).Obligations.Single(o => o.Flow == "F3").Status, Is.EqualTo(ObligationStatus.Escalated));
        });
    }

    [Test]
    public async Task Should_send_no_reminder_once_the_caf_has_answered()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        await Hub.AdvanceAsync(TimeSpan.FromDays(90));

        Assert.That(Hub.To<RemindOverdueAnswer>(PartnerCode.Caf), Is.Empty);
    }
}
