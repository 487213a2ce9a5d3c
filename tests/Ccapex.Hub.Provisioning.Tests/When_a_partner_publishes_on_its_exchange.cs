using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;
using RabbitMQ.Client;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// A partner confined by its broker account: it publishes what its role may send on its own exchange and reads
/// its own queue, and the broker itself refuses the rest (ACCESS_REFUSED, code 403); the hub's intake checks that
/// the body's sender is the partner whose exchange the message came through.
/// </summary>
public sealed class When_a_partner_publishes_on_its_exchange : PartnerHubFixture
{
    private const ushort AccessRefused = 403;

    private static SubmitCdpNotification NewCdp() => SampleMessages.SubmitCdpNotification() with
    {
        MessageId = Guid.NewGuid(),
        ActReference = "CDP-AUTH-" + Guid.NewGuid().ToString("N")[..10],
        DeliveredOn = new DateOnly(2025, 1, 13),
        Household = SampleMessages.Household() with { Tenants = [new PersonName { LastName = "Auth" + Guid.NewGuid().ToString("N")[..8], FirstName = "Lina" }] },
    };

    private static ProcedureStageReached Judgment(Guid dossier, PartnerCode sender) => SampleMessages.ProcedureStageReached() with
    {
        MessageId = Guid.NewGuid(),
        Sender = sender,
        DossierId = dossier,
        CdpActReference = null,
        OccurredOn = new DateOnly(2025, 1, 14),
        EvictionNotBefore = null,
    };

    /// <summary>A CQL naming the CDP's act: a stage both the bailiffs and the Préfecture report, the act as they know it.</summary>
    private static ProcedureStageReached Cql(SubmitCdpNotification cdp, PartnerCode sender) => Judgment(Guid.Empty, sender) with
    {
        DossierId = null,
        CdpActReference = cdp.ActReference,
        Stage = ProcedureStage.CommandementDeQuitterLesLieux,
        PaymentDelaysGranted = null,
        CfpGranted = null,
    };

    private async Task<Guid> OpenDossier(PartnerConnection huissiers)
    {
        var cdp = NewCdp();
        Assert.That(await huissiers.PublishAsync(cdp), Is.Null);
        var (type, receipt) = await huissiers.AnswerAsync(cdp.MessageId);
        Assert.That(type, Is.EqualTo(nameof(CdpNotificationAccepted)), () => receipt.ToJsonString());
        return receipt["dossierId"]!.GetValue<Guid>();
    }

    [Test]
    public async Task Should_accept_a_type_its_role_may_send_and_answer_on_its_own_queue()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var dossier = await OpenDossier(huissiers);
        Assert.That(await Hub.DossierAsync(dossier), Is.Not.Null);
    }

    [Test]
    public async Task Should_be_refused_by_the_broker_for_a_type_its_role_may_not_send()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var referral = SampleMessages.SubmitComedReferral() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Huissiers };

        var refused = await huissiers.PublishAsync(referral);

        Assert.That(refused?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{refused}");
        Assert.That(refused!.ReplyText, Does.Contain("submit-comed-referral"));

        // Had the referral reached its intake, the hub would refuse it (the bailiffs may not refer) on the same
        // queue: by the time a later message's receipt is there, that refusal would be too.
        await OpenDossier(huissiers);
        Assert.That(huissiers.Received.Any(e => e["message"]?["inReplyTo"]?.GetValue<Guid>() == referral.MessageId), Is.False, "the referral reached the hub");
    }

    [Test]
    public async Task Should_be_refused_by_the_broker_on_another_partners_exchange()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var cdp = NewCdp();

        var refused = await huissiers.PublishAsync(BrokerNames.PartnerExchange(PartnerCode.Comed), BrokerNames.RoutingKey(typeof(SubmitComedReferral)), cdp);

        Assert.That(refused?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{refused}");
    }

    [Test]
    public async Task Should_be_refused_by_the_broker_on_the_hubs_intake_and_default_exchanges()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var intake = BrokerNames.IntakeQueue(typeof(SubmitCdpNotification));

        var throughIntake = await huissiers.PublishAsync(intake, string.Empty, NewCdp());
        var throughDefault = await huissiers.PublishAsync(string.Empty, intake, NewCdp());

        Assert.Multiple(() =>
        {
            Assert.That(throughIntake?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{throughIntake}");
            Assert.That(throughDefault?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{throughDefault}");
        });
    }

    [Test]
    public async Task Should_not_read_another_partners_queue()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var other = BrokerNames.PartnerQueue(PartnerCode.Drihl);

        var consume = await huissiers.TryAsync(channel => channel.BasicConsumeAsync(other, autoAck: true, new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(channel)));
        var get = await huissiers.TryAsync(channel => channel.BasicGetAsync(other, autoAck: true));

        Assert.Multiple(() =>
        {
            Assert.That(consume?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{consume}");
            Assert.That(get?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{get}");
        });
    }

    [Test]
    public async Task Should_not_declare_queues_or_exchanges_not_even_its_own()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var ownQueue = BrokerNames.PartnerQueue(PartnerCode.Huissiers);

        var queue = await huissiers.TryAsync(c => c.QueueDeclareAsync("ccapex.huissiers.private", durable: true, exclusive: false, autoDelete: false));
        var redeclare = await huissiers.TryAsync(c => c.QueueDeclareAsync(ownQueue, durable: true, exclusive: false, autoDelete: false));
        var exchange = await huissiers.TryAsync(c => c.ExchangeDeclareAsync("ccapex.huissiers.fanout", ExchangeType.Fanout, durable: true));
        var delete = await huissiers.TryAsync(c => c.QueueDeleteAsync(ownQueue));
        var passive = await huissiers.TryAsync(c => c.QueueDeclarePassiveAsync(ownQueue));

        Assert.Multiple(() =>
        {
            Assert.That(queue?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{queue}");
            Assert.That(redeclare?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{redeclare}");
            Assert.That(exchange?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{exchange}");
            Assert.That(delete?.ReplyCode, Is.EqualTo(AccessRefused), () => $"{delete}");
            Assert.That(passive, Is.Null, "a passive declare of its own queue needs no configure permission");
        });
    }

    [Test]
    public async Task Should_refuse_a_body_naming_another_partner_and_leave_the_dossier_unchanged()
    {
        var huissiers = await Hub.PartnerAsync(PartnerCode.Huissiers);
        var prefecture = await Hub.PartnerAsync(PartnerCode.PrefecturePolice);
        var cdp = NewCdp();
        Assert.That(await huissiers.PublishAsync(cdp), Is.Null);
        var dossier = (await huissiers.AnswerAsync(cdp.MessageId)).Message["dossierId"]!.GetValue<Guid>();
        var before = (await Hub.DossierAsync(dossier))!;

        // Both may report a CQL (F15): the bailiffs' account may not report one in the Préfecture's name.
        var forged = Cql(cdp, PartnerCode.PrefecturePolice);
        Assert.That(await huissiers.PublishAsync(forged), Is.Null, "the type is allowed: the broker takes it");
        var (type, rejection) = await huissiers.AnswerAsync(forged.MessageId);
        var after = (await Hub.DossierAsync(dossier))!;

        Assert.Multiple(() =>
        {
            Assert.That(type, Is.EqualTo(nameof(MessageRejected)));
            Assert.That(rejection["code"]!.GetValue<string>(), Is.EqualTo(RejectionCodes.SenderNotAuthenticated));
            Assert.That(rejection["reason"]!.GetValue<string>(), Does.Contain("PREFECTURE_POLICE").And.Contain("HUISSIERS"));
            Assert.That(after.Version, Is.EqualTo(before.Version), "the dossier was saved again");
            Assert.That(after.Stage, Is.EqualTo(before.Stage));
            Assert.That(prefecture.Received.Any(e => e["message"]?["inReplyTo"]?.GetValue<Guid>() == forged.MessageId), Is.False,
                "the partner named in the body heard of it");
        });

        // The same report through the Préfecture's own exchange is accepted: the refusal was the sender's, not the message's.
        var genuine = Cql(cdp, PartnerCode.PrefecturePolice);
        Assert.That(await prefecture.PublishAsync(genuine), Is.Null);
        var (accepted, receipt) = await prefecture.AnswerAsync(genuine.MessageId);
        Assert.That(accepted, Is.EqualTo(nameof(MessageAccepted)), () => receipt.ToJsonString());
    }
}
