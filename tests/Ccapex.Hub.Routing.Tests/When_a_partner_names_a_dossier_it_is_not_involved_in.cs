using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// Which partner may reach which dossier (issue 10, item 3; "reach" in charter-rules.json): one it is involved
/// in, the bailiffs and the Préfecture by a CDP act, a new dossier, or one matched by the household's own
/// identity under a flow that opens dossiers. Anything else is answered word for word as if the dossier did not
/// exist, and changes nothing on it.
/// </summary>
public sealed class When_a_partner_names_a_dossier_it_is_not_involved_in : RoutingSpec
{
    [Test]
    public async Task Should_answer_a_stranger_s_dossier_id_as_an_unknown_one()
    {
        var id = await OpenDossierWithCdp();
        var unknown = Guid.NewGuid();
        var before = Hub.Dossier(id);

        await Hub.SubmitAsync(Bdf(id));
        await Hub.SubmitAsync(Bdf(unknown));

        var toBdf = Hub.To<MessageRejected>(PartnerCode.Bdf).Concat(Hub.IntakeRejections()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(toBdf.Select(r => r.Code), Is.EqualTo(new[] { RejectionCodes.DossierUnknown, RejectionCodes.DossierUnknown }));
            Assert.That(toBdf[0].Reason, Is.EqualTo(DossierReach.UnknownReason(id)));
            Assert.That(toBdf[1].Reason, Is.EqualTo(DossierReach.UnknownReason(unknown)));
            Assert.That(toBdf.Select(r => r.Rule), Is.All.EqualTo("F12"));
            Assert.That(Hub.Dossier(id).InvolvedPartners, Does.Not.Contain(PartnerCode.Bdf));
            Assert.That(Hub.Dossier(id).Timeline, Has.Count.EqualTo(before.Timeline.Count));
            Assert.That(Hub.To<OverindebtednessStatusReported>(PartnerCode.Drihl), Is.Empty);
        });
    }

    [Test]
    public async Task Should_let_an_involved_partner_use_the_dossier_id()
    {
        var id = await OpenDossierWithCdp();

        // The CAF is involved from the CDP on: it owes the rights check (F3, F4).
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        Assert.That(Hub.To<HousingBenefitRightsChecked>(PartnerCode.Drihl), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_not_let_a_referral_file_an_act_under_its_own_dossier()
    {
        // A landlord names a CDP act it did not issue: the act is not used to look the dossier up nor filed, so the
        // bailiffs' CDP for that act, for another household, opens a dossier of its own.
        var referral = SampleMessages.SubmitComplexSituationReferral() with { MessageId = Guid.NewGuid(), DossierId = null, CdpActReference = "CDP-2025-777777" };
        await Hub.SubmitAsync(referral);
        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(777777));

        Assert.That(Hub.Dossiers(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Should_not_let_another_partner_s_message_id_make_a_cdp_vanish()
    {
        // A CSV CDP's id derives from the office and the act: another partner that guesses it and sends first must
        // not open the CDP's dossier nor have the CDP taken for a duplicate.
        var cdp = Fresh.CdpForAnotherHousehold(424242);
        await Hub.SubmitAsync(SampleMessages.SubmitComedReferral() with { MessageId = cdp.MessageId, DossierId = null });
        await Hub.SubmitAsync(cdp);

        var receipt = Hub.To<CdpNotificationAccepted>(PartnerCode.Huissiers).Single(r => r.InReplyTo == cdp.MessageId);
        Assert.Multiple(() =>
        {
            Assert.That(receipt.Duplicate, Is.False);
            Assert.That(Hub.Dossiers(), Has.Count.EqualTo(2));
            Assert.That(Hub.Dossier(receipt.DossierId).CdpActReferences, Is.EqualTo(new[] { cdp.ActReference }));
        });
    }

    private static OverindebtednessStatusReported Bdf(Guid dossierId) =>
        SampleMessages.OverindebtednessStatusReported() with { MessageId = Guid.NewGuid(), DossierId = dossierId };
}
