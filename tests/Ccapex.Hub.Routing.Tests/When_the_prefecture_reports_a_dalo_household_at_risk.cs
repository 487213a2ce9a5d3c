using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F7 and F8 (action 19): a DALO household must be rehoused before the CFP.</summary>
public sealed class When_the_prefecture_reports_a_dalo_household_at_risk : RoutingSpec
{
    [Test]
    public async Task Should_inform_the_drihl_and_ask_the_departement_and_the_caf_to_review_blockers()
    {
        await Hub.SubmitAsync(SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid(), DossierId = null });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<ReportDaloCfpRisk>(PartnerCode.Drihl), Has.Count.EqualTo(1));
            Assert.That(Hub.To<ReviewDaloRehousingBlockers>(PartnerCode.Departement), Has.Count.EqualTo(1));
            Assert.That(Hub.To<ReviewDaloRehousingBlockers>(PartnerCode.Caf), Has.Count.EqualTo(1));
            Assert.That(Hub.Dossiers().Single().DaloPriority, Is.True);
        });
    }
}
