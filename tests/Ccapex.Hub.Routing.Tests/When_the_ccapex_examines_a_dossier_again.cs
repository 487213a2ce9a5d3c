using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>Action 23: the six-month clock restarts at the latest examination; the earlier timeout is cancelled.</summary>
public sealed class When_the_ccapex_examines_a_dossier_again : RoutingSpec
{
    [Test]
    public async Task Should_ask_for_the_follow_up_six_months_after_the_latest_examination_only()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Examination(id, new DateOnly(2025, 1, 14)));
        await Hub.AdvanceAsync(TimeSpan.FromDays(90));
        await Hub.SubmitAsync(Fresh.Examination(id, new DateOnly(2025, 4, 14)));

        await Hub.AdvanceAsync(TimeSpan.FromDays(100));
        Assert.That(Hub.To<RequestSixMonthFollowUp>(PartnerCode.Departement), Is.Empty, "the first examination's six months are void");

        await Hub.AdvanceAsync(TimeSpan.FromDays(95));
        Assert.That(Hub.To<RequestSixMonthFollowUp>(PartnerCode.Departement).Single().ExaminedOn, Is.EqualTo(new DateOnly(2025, 4, 14)));
    }
}
