namespace Ccapex.Hub.Flows.Tests;

/// <summary>F11 (actions 18-20, 10): each addressee gets the outcome with only the recommendations addressed to it.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_ccapex_concludes_an_examination(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_send_each_addressee_only_its_own_recommendations()
    {
        var dossier = await OpenDossierWithCdp();
        var examination = FlowMessages.Examination(dossier, Hub.Today);

        await SendAccepted(examination);

        var addressees = examination.Recommendations.Select(r => r.Addressee).Distinct().ToList();
        foreach (var addressee in addressees)
        {
            var received = await Partners.WaitFor<CcapexExaminationConcluded>(addressee, e => e.MessageId == examination.MessageId);
            Assert.That(received.Recommendations, Is.EqualTo(examination.Recommendations.Where(r => r.Addressee == addressee)), $"{addressee}'s view");
        }

        await Partners.SettleAsync();
        var examined = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(addressees, Is.EquivalentTo(new[] { PartnerCode.Departement, PartnerCode.Caf, PartnerCode.ActionLogement }));
            Assert.That(Partners.To<CcapexExaminationConcluded>(PartnerCode.Bdf), Is.Empty, "no recommendation for the Banque de France");
            Assert.That(Partners.To<CcapexExaminationConcluded>(PartnerCode.Drihl), Is.Empty, "the DRIHL sent it");
            Assert.That(examined.CurrentState, Is.EqualTo("Examined"));
        });
    }
}
