using Ccapex.Hub.Charter;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// Issue 10's third reproduction, on the real broker with the partners' own accounts: the bailiffs may send a
/// procedure stage, but only the Préfecture decides a CFP. Refused with its code, and the dossier is unchanged.
/// </summary>
public sealed class When_a_partner_reports_what_only_another_may : PartnerHubFixture
{
    private static SubmitCdpNotification NewCdp() => SampleMessages.SubmitCdpNotification() with
    {
        MessageId = Guid.NewGuid(),
        ActReference = "CDP-CFP-" + Guid.NewGuid().ToString("N")[..10],
        Household = SampleMessages.Household() with { Tenants = [new PersonName { LastName = "Cfp" + Guid.NewGuid().ToString("N")[..8], FirstName = "Lina" }] },
    };

    private static ProcedureStageReached CfpGranted(SubmitCdpNotification cdp, Guid dossier, PartnerCode sender) => SampleMessages.ProcedureStageReached() with
    {
        MessageId = Guid.NewGuid(),
        Sender = sender,
        DossierId = dossier,
        CdpActReference = cdp.ActReference,
        Stage = ProcedureStage.CfpDecided,
        CfpGranted = true,
        PaymentDelaysGranted = null,
        EvictionNotBefore = null,
        OccurredOn = new DateOnly(2025, 4, 14),
    };

    [Test]
    public async Task Should_refuse_a_cfp_decision_from_the_bailiffs_and_keep_the_dossier_as_it_was()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var cdp = NewCdp();
        Assert.That(await huissiers.PublishAsync(cdp), Is.Null);
        var dossier = (await huissiers.AnswerAsync(cdp.MessageId)).Message["dossierId"]!.GetValue<Guid>();
        var before = await Hub.DossierAsync(dossier);

        var forged = CfpGranted(cdp, dossier, PartnerCode.Huissiers);
        Assert.That(await huissiers.PublishAsync(forged), Is.Null);
        var (type, answer) = await huissiers.AnswerAsync(forged.MessageId);

        var after = await Hub.DossierAsync(dossier);
        Assert.Multiple(() =>
        {
            Assert.That(type, Is.EqualTo(nameof(MessageRejected)));
            Assert.That(answer["code"]!.GetValue<string>(), Is.EqualTo(ContentRefusal.ContentNotAllowed));
            Assert.That(after!.CfpGranted, Is.Null);
            Assert.That(after.Version, Is.EqualTo(before!.Version));
            Assert.That(after.Timeline, Has.Count.EqualTo(before.Timeline.Count));
        });
    }

    [Test]
    public async Task Should_accept_the_cfp_decision_from_the_prefecture_by_the_act()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var prefecture = await Hub.PartnerAsync(PartnerCode.PrefecturePolice);
        var cdp = NewCdp();
        Assert.That(await huissiers.PublishAsync(cdp), Is.Null);
        var dossier = (await huissiers.AnswerAsync(cdp.MessageId)).Message["dossierId"]!.GetValue<Guid>();

        var decision = CfpGranted(cdp, dossier, PartnerCode.PrefecturePolice);
        Assert.That(await prefecture.PublishAsync(decision), Is.Null);
        var (type, answer) = await prefecture.AnswerAsync(decision.MessageId);

        Assert.Multiple(async () =>
        {
            Assert.That(type, Is.EqualTo(nameof(MessageAccepted)), () => answer.ToJsonString());
            Assert.That((await Hub.DossierAsync(dossier))!.CfpGranted, Is.True);
        });
    }

    [Test]
    public async Task Should_answer_a_partner_naming_a_dossier_it_is_not_involved_in_as_an_unknown_one()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var bdf = await Hub.PartnerAsync(PartnerCode.Bdf);
        var cdp = NewCdp();
        Assert.That(await huissiers.PublishAsync(cdp), Is.Null);
        var dossier = (await huissiers.AnswerAsync(cdp.MessageId)).Message["dossierId"]!.GetValue<Guid>();

        var known = SampleMessages.OverindebtednessStatusReported() with { MessageId = Guid.NewGuid(), DossierId = dossier };
        var unknown = known with { MessageId = Guid.NewGuid(), DossierId = Guid.NewGuid() };
        Assert.That(await bdf.PublishAsync(known), Is.Null);
        Assert.That(await bdf.PublishAsync(unknown), Is.Null);
        var toKnown = (await bdf.AnswerAsync(known.MessageId)).Message;
        var toUnknown = (await bdf.AnswerAsync(unknown.MessageId)).Message;

        Assert.Multiple(() =>
        {
            Assert.That(toKnown["code"]!.GetValue<string>(), Is.EqualTo(RejectionCodes.DossierUnknown));
            Assert.That(toUnknown["code"]!.GetValue<string>(), Is.EqualTo(RejectionCodes.DossierUnknown));
            Assert.That(toKnown["reason"]!.GetValue<string>().Replace(dossier.ToString(), "<id>", StringComparison.Ordinal),
                Is.EqualTo(toUnknown["reason"]!.GetValue<string>().Replace(unknown.DossierId.ToString(), "<id>", StringComparison.Ordinal)));
        });
    }
}
