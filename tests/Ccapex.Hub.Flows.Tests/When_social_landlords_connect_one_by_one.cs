using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// One identity per organisation on the real broker (issue 10, item 5; ADR 0014): the CCAPEX's recommendation to
/// "the social landlord" reaches the tenant's own landlord's queue only, and another landlord that names the dossier
/// is answered, on its own queue, as if there were none.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_social_landlords_connect_one_by_one(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_reach_the_tenant_s_own_landlord_only()
    {
        var dossier = await OpenDossierWithCdp(FlowMessages.Cdp(Hub.Today) with { Landlord = SampleMessages.SocialLandlord() });
        var examination = FlowMessages.Examination(dossier, Hub.Today) with
        {
            Recommendations = [new() { Addressee = PartnerCode.BailleurSocial, Text = "Proposer un plan d'apurement." }],
        };

        await SendAccepted(examination);
        var received = await Partners.WaitFor<CcapexExaminationConcluded>(SampleMessages.ParisHabitat, e => e.MessageId == examination.MessageId);
        var stranger = await SendRejected(FlowMessages.ComplexSituation(FlowMessages.NewHousehold()) with
        {
            Sender = SampleMessages.Rivp,
            DossierId = dossier,
            Landlord = SampleMessages.SocialLandlord() with { Name = "RIVP", Siren = "552032708" },
        });

        await Partners.SettleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(received.Recommendations.Select(r => r.Addressee), Is.EqualTo(new[] { SampleMessages.ParisHabitat }));
            Assert.That(Partners.To<CcapexExaminationConcluded>(SampleMessages.Rivp), Is.Empty);
            Assert.That(Partners.To<CcapexExaminationConcluded>(PartnerCode.BailleurSocial), Is.Empty);
            Assert.That(stranger.Code, Is.EqualTo("dossier.unknown"));
        });
    }
}
