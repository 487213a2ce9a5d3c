namespace Ccapex.Hub.Flows.Tests;

/// <summary>F9 (action 22), F10 (actions 14, 17) and F12 (action 21): referrals and the overindebtedness status, to the DRIHL.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_household_is_referred(StoreProvider provider) : FlowFixture(provider)
{
    [Test]
    public async Task Should_open_a_dossier_for_a_comed_referral_and_route_it_to_the_drihl()
    {
        var referral = FlowMessages.ComedReferral(FlowMessages.NewHousehold());

        var dossier = await SendAccepted(referral);

        await Partners.WaitFor<SubmitComedReferral>(PartnerCode.Drihl, r => r.MessageId == referral.MessageId);
        Assert.That((await Hub.DossierAsync(dossier)).OpenedBy, Is.EqualTo("F9"));
    }

    [TestCase("BAILLEUR_SOCIAL.PARIS_HABITAT")]
    [TestCase("FAPIL")]
    [TestCase("ADIL75")]
    [TestCase("FAP_ESH")]
    public async Task Should_route_a_complex_situation_to_the_drihl(string sender)
    {
        var referral = FlowMessages.ComplexSituation(FlowMessages.NewHousehold()) with { Sender = PartnerCode.Parse(sender) };

        var dossier = await SendAccepted(referral);

        var routed = await Partners.WaitFor<SubmitComplexSituationReferral>(PartnerCode.Drihl, r => r.MessageId == referral.MessageId);
        var opened = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(routed.Situations, Is.EqualTo(referral.Situations));
            Assert.That(opened.OpenedBy, Is.EqualTo("F10"));
        });
    }

    [Test]
    public async Task Should_attach_a_referral_for_a_known_household_to_its_dossier()
    {
        var cdp = FlowMessages.Cdp(Hub.Today);
        var dossier = await OpenDossierWithCdp(cdp);

        Assert.That(await SendAccepted(FlowMessages.ComplexSituation(cdp.Household)), Is.EqualTo(dossier));
    }

    [Test]
    public async Task Should_route_the_banque_de_france_status_to_the_drihl()
    {
        var dossier = await SendAccepted(FlowMessages.ComedReferral(FlowMessages.NewHousehold()));
        await SendAccepted(FlowMessages.ExaminationAddressingTheBdf(dossier, Hub.Today));
        var report = FlowMessages.Overindebtedness(dossier);

        Assert.That(await SendAccepted(report), Is.EqualTo(dossier));

        var routed = await Partners.WaitFor<OverindebtednessStatusReported>(PartnerCode.Drihl, r => r.MessageId == report.MessageId);
        Assert.That(routed.Status, Is.EqualTo(report.Status));
    }
}
