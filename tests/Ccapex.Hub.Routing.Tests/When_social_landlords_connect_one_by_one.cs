using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// One identity per organisation (issue 10, item 5; ADR 0014): each social landlord of the rules' "members" sends in
/// its own name, reaches only its own tenants' dossiers (by the landlord's SIREN, or once involved), and is the only
/// landlord what the rules send to "the social landlord" of a dossier reaches.
/// </summary>
public sealed class When_social_landlords_connect_one_by_one : RoutingSpec
{
    private static readonly PartnerCode ParisHabitat = SampleMessages.ParisHabitat;
    private static readonly PartnerCode Rivp = SampleMessages.Rivp;

    [Test]
    public async Task Should_send_a_recommendation_to_the_role_to_the_dossier_s_own_landlord_only()
    {
        var parisHabitat = await OpenDossierWithCdp(TenantOf(SampleMessages.SocialLandlord(), 1));
        var rivp = await OpenDossierWithCdp(TenantOf(RivpLandlord(), 2));

        await Hub.SubmitAsync(ExaminationForTheLandlord(parisHabitat));
        await Hub.SubmitAsync(ExaminationForTheLandlord(rivp));

        var toParisHabitat = Hub.To<CcapexExaminationConcluded>(ParisHabitat);
        var toRivp = Hub.To<CcapexExaminationConcluded>(Rivp);
        Assert.Multiple(() =>
        {
            Assert.That(toParisHabitat.Select(e => e.DossierId), Is.EqualTo(new Guid?[] { parisHabitat }));
            Assert.That(toRivp.Select(e => e.DossierId), Is.EqualTo(new Guid?[] { rivp }));
            Assert.That(toParisHabitat.Single().Recommendations.Select(r => r.Addressee), Is.EqualTo(new[] { ParisHabitat }));
            Assert.That(Hub.To(PartnerCode.BailleurSocial), Is.Empty);
            Assert.That(Hub.Dossier(parisHabitat).InvolvedPartners, Does.Contain(ParisHabitat).And.Not.Contain(Rivp));
        });
    }

    [Test]
    public async Task Should_ask_only_the_involved_landlord_at_six_months()
    {
        var parisHabitat = await OpenDossierWithCdp(TenantOf(SampleMessages.SocialLandlord(), 1));
        await Hub.SubmitAsync(ExaminationForTheLandlord(parisHabitat));

        await Hub.AdvanceAsync(TimeSpan.FromDays(200));

        var asked = Hub.Deliveries.Where(d => d.MessageType == typeof(RequestSixMonthFollowUp).FullName)
            .Select(d => d.As<RequestSixMonthFollowUp>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(asked.Select(a => a.Addressee), Does.Contain(ParisHabitat).And.Not.Contain(Rivp).And.Not.Contain(PartnerCode.BailleurSocial));
            Assert.That(Hub.To<RequestSixMonthFollowUp>(ParisHabitat).Single().Recommendations, Is.EqualTo(new[] { LandlordText }));
            Assert.That(Hub.To<RequestSixMonthFollowUp>(Rivp), Is.Empty);
        });

        // Its answer discharges its own obligation; the other landlord's, for the same follow-up, is answered as an unknown dossier.
        var followUp = Hub.Dossier(parisHabitat).FollowUpId!.Value;
        await Hub.SubmitAsync(Fresh.Status(parisHabitat, followUp, Rivp));
        await Hub.SubmitAsync(Fresh.Status(parisHabitat, followUp, ParisHabitat));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<MessageRejected>(Rivp).Select(r => r.Code), Is.EqualTo(new[] { RejectionCodes.DossierUnknown }));
            Assert.That(Hub.To<MessageRejected>(Rivp).Single().Reason, Is.EqualTo(DossierReach.UnknownReason(parisHabitat)));
            Assert.That(Hub.To<SixMonthStatusReported>(PartnerCode.Drihl).Select(s => s.Sender), Is.EqualTo(new[] { ParisHabitat }));
            Assert.That(Hub.Dossier(parisHabitat).Obligations.Single(o => o.Partner == ParisHabitat).Status, Is.EqualTo(ObligationStatus.Answered));
        });
    }

    [Test]
    public async Task Should_let_a_landlord_reach_its_own_tenant_s_dossier_and_no_other()
    {
        var parisHabitat = await OpenDossierWithCdp(TenantOf(SampleMessages.SocialLandlord(), 1));
        var before = Hub.Dossier(parisHabitat).Timeline.Count;

        await Hub.SubmitAsync(Referral(Rivp, parisHabitat, RivpLandlord()));
        await Hub.SubmitAsync(Referral(ParisHabitat, parisHabitat, SampleMessages.SocialLandlord()));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<MessageRejected>(Rivp).Select(r => r.Code), Is.EqualTo(new[] { RejectionCodes.DossierUnknown }));
            Assert.That(Hub.To<MessageAccepted>(ParisHabitat).Select(a => a.DossierId), Is.EqualTo(new Guid?[] { parisHabitat }));
            Assert.That(Hub.Dossier(parisHabitat).Timeline, Has.Count.EqualTo(before + 1));
            Assert.That(Hub.Dossier(parisHabitat).InvolvedPartners, Does.Not.Contain(Rivp));
        });
    }

    [Test]
    public async Task Should_refuse_a_landlord_that_refers_another_landlord_s_tenant()
    {
        await Hub.SubmitAsync(Referral(Rivp, null, SampleMessages.SocialLandlord()));

        var refusal = Hub.To<MessageRejected>(Rivp).Concat(Hub.IntakeRejections()).Single();
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo(MemberCheck.MemberMismatch));
            Assert.That(refusal.Reason, Does.Not.Contain("344810825"));
            Assert.That(Hub.Dossiers(), Is.Empty);
        });
    }

    [TestCase("BAILLEUR_SOCIAL")]
    [TestCase("BAILLEUR_SOCIAL.ELOGIE_SIEMP")]
    public async Task Should_take_nothing_from_an_identity_the_rules_do_not_list(string sender)
    {
        await Hub.SubmitAsync(Referral(PartnerCode.Parse(sender), null, SampleMessages.SocialLandlord()));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossiers(), Is.Empty);
            Assert.That(Hub.Deliveries, Is.Empty);

            // No queue is ever named by a sender's word: there is nobody to answer, and the refusal is logged.
            Assert.That(Hub.IntakeRejections(), Is.Empty);
        });
    }

    [Test]
    public async Task Should_refuse_a_recommendation_to_a_landlord_the_dossier_does_not_name_and_take_one_named_by_its_code()
    {
        var privateLandlord = await OpenDossierWithCdp(Fresh.CdpForAnotherHousehold(3));

        await Hub.SubmitAsync(ExaminationForTheLandlord(privateLandlord));
        var refused = Hub.To<MessageRejected>(PartnerCode.Drihl).Single();
        await Hub.SubmitAsync(ExaminationForTheLandlord(privateLandlord) with
        {
            Recommendations = [new() { Addressee = Rivp, Text = "Étudier un relogement dans le parc de la RIVP." }],
        });

        Assert.Multiple(() =>
        {
            Assert.That(refused.Code, Is.EqualTo(RejectionCodes.AddresseeUnknown));
            Assert.That(refused.Reason, Does.Contain("BAILLEUR_SOCIAL.PARIS_HABITAT").And.Contain("BAILLEUR_SOCIAL.RIVP"));
            Assert.That(Hub.To<CcapexExaminationConcluded>(Rivp), Has.Count.EqualTo(1));
            Assert.That(Hub.To<CcapexExaminationConcluded>(ParisHabitat), Is.Empty);
            Assert.That(Hub.Dossier(privateLandlord).Recommendations.Select(r => r.Addressee), Is.EqualTo(new[] { Rivp }));
        });
    }

    [Test]
    public async Task Should_refuse_a_recommendation_to_a_member_the_rules_do_not_list()
    {
        var dossier = await OpenDossierWithCdp(TenantOf(SampleMessages.SocialLandlord(), 1));

        await Hub.SubmitAsync(ExaminationForTheLandlord(dossier) with
        {
            Recommendations = [new() { Addressee = PartnerCode.Parse("BAILLEUR_SOCIAL.ELOGIE_SIEMP"), Text = LandlordText }],
        });

        Assert.Multiple(() =>
        {
            Assert.That(Hub.To<MessageRejected>(PartnerCode.Drihl).Select(r => r.Code), Is.EqualTo(new[] { RejectionCodes.AddresseeUnknown }));
            Assert.That(Hub.To<CcapexExaminationConcluded>(ParisHabitat), Is.Empty);
            Assert.That(Hub.Dossier(dossier).ExaminedOn, Is.Null);
        });
    }

    private const string LandlordText = "Proposer un plan d'apurement.";

    private static Landlord RivpLandlord() => SampleMessages.SocialLandlord() with { Name = "RIVP", Siren = "552032708" };

    private static SubmitCdpNotification TenantOf(Landlord landlord, int n) => Fresh.CdpForAnotherHousehold(n) with { Landlord = landlord };

    private static CcapexExaminationConcluded ExaminationForTheLandlord(Guid dossier) =>
        Fresh.Examination(dossier, new DateOnly(2025, 1, 14)) with
        {
            Recommendations =
            [
                new() { Addressee = PartnerCode.Departement, Text = "Instruire une demande d'aide FSL maintien." },
                new() { Addressee = PartnerCode.BailleurSocial, Text = LandlordText },
            ],
        };

    private static SubmitComplexSituationReferral Referral(PartnerCode sender, Guid? dossier, Landlord landlord) =>
        SampleMessages.SubmitComplexSituationReferral() with { MessageId = Guid.NewGuid(), Sender = sender, DossierId = dossier, Landlord = landlord };
}
