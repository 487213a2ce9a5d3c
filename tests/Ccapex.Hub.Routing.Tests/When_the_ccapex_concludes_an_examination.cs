using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F11 (actions 18-20, 10): each addressee receives the outcome with its own recommendations only.</summary>
public sealed class When_the_ccapex_concludes_an_examination : RoutingSpec
{
    [Test]
    public async Task Should_send_each_addressee_only_its_recommendations()
    {
        var id = await OpenDossierWithCdp();
        await Hub.SubmitAsync(Fresh.Examination(id, new DateOnly(2025, 4, 24)));

        var toCaf = Hub.To<CcapexExaminationConcluded>(PartnerCode.Caf).Single();
        var toActionLogement = Hub.To<CcapexExaminationConcluded>(PartnerCode.ActionLogement).Single();
        Assert.Multiple(() =>
        {
            Assert.That(toCaf.Recommendations.Select(r => r.Addressee), Is.All.EqualTo(PartnerCode.Caf));
            Assert.That(toActionLogement.Recommendations, Has.Count.EqualTo(1));
            Assert.That(Hub.To<CcapexExaminationConcluded>(PartnerCode.Departement), Has.Count.EqualTo(1));
            Assert.That(Hub.To<CcapexExaminationConcluded>(PartnerCode.Bdf), Is.Empty);
            Assert.That(Hub.Dossier(id).CurrentState, Is.EqualTo("Examined"));
        });
    }
}
