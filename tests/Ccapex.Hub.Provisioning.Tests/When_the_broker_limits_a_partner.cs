using System.Text;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// The broker's own limits (issue 10, item 7): a partner user may hold only so many connections and channels,
/// and an intake queue or a partner's inbox only so many messages, after which a publish is refused with a
/// negative confirm (overflow reject-publish): the sender learns, and nothing already queued is dropped. Tiny
/// limits here; no hub runs, so nothing drains the queues.
/// </summary>
public sealed class When_the_broker_limits_a_partner
{
    private const int Connections = 2;
    private const int QueueLength = 3;
    private const ushort NotAllowed = 530;

    private ProvisionedBroker _broker = null!;

    [SetUp]
    public async Task Provision()
    {
        _broker = await ProvisionedBroker.CreateAsync(o => o with
        {
            Limits = new BrokerLimits { MaxConnections = Connections, MaxChannels = 5, IntakeMaxLength = QueueLength, InboxMaxLength = QueueLength },
        });
        await _broker.Provisioner.ProvisionAsync();
    }

    [TearDown]
    public async Task Remove() => await _broker.DisposeAsync();

    private static SubmitCdpNotification NewCdp() => SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid() };

    [Test]
    public async Task Should_set_the_limits_on_every_partner_user()
    {
        foreach (var access in _broker.Provisioner.Plan)
        {
            var limits = await _broker.Api.UserLimitsAsync(access.User, CancellationToken.None);
            Assert.That(limits, Is.EquivalentTo(new Dictionary<string, long> { ["max-connections"] = Connections, ["max-channels"] = 5 }), access.User);
        }
    }

    [Test]
    public async Task Should_refuse_a_connection_beyond_the_partners_limit()
    {
        var uri = _broker.PartnerUri(PartnerCode.Huissiers);
        var open = new List<IConnection>();
        try
        {
            for (var i = 0; i < Connections; i++)
            {
                open.Add(await new ConnectionFactory { Uri = uri }.CreateConnectionAsync());
            }

            // RabbitMQ.Client 7 completes the open, then the broker closes the connection at once: 530 NOT_ALLOWED.
            var beyond = await new ConnectionFactory { Uri = uri, AutomaticRecoveryEnabled = false }.CreateConnectionAsync();
            open.Add(beyond);
            await Eventually.Until(() => !beyond.IsOpen, () => "the connection beyond the limit stays open");

            Assert.Multiple(() =>
            {
                Assert.That(beyond.CloseReason?.ReplyCode, Is.EqualTo(NotAllowed));
                Assert.That(beyond.CloseReason?.ReplyText, Does.Contain("connection limit (2)"), "the broker says why");
                Assert.That(open.Take(Connections), Has.All.Property(nameof(IConnection.IsOpen)).True, "the connections within the limit stay open");
            });
        }
        finally
        {
            foreach (var connection in open)
            {
                if (connection.IsOpen)
                {
                    await connection.CloseAsync();
                }

                connection.Dispose();
            }
        }
    }

    [Test]
    public async Task Should_nack_a_publish_into_a_full_intake_queue_and_keep_what_was_queued()
    {
        var intake = BrokerNames.CdpNotificationIntake;
        await Eventually.Until(
            async () => await _broker.Api.QueuePolicyAsync(_broker.VirtualHost, intake, CancellationToken.None) == PartnerProvisioner.IntakePolicy,
            () => $"the policy {PartnerProvisioner.IntakePolicy} is not in force on {intake}");
        await using var huissiers = await PartnerConnection.OpenAsync(PartnerCode.Huissiers, _broker.PartnerUri(PartnerCode.Huissiers));
        var kept = new List<Guid>();
        for (var i = 0; i < QueueLength; i++)
        {
            var cdp = NewCdp();
            Assert.That(await huissiers.PublishAsync(cdp), Is.Null, $"publish {i + 1} of {QueueLength}");
            kept.Add(cdp.MessageId);
        }

        Assert.CatchAsync<PublishException>(() => huissiers.PublishAsync(NewCdp()), "a publish into the full intake was confirmed");

        var queued = await MessageIdsAsync(intake);
        Assert.That(queued, Is.EqualTo(kept), "what was queued before is all there, in order");
    }

    [Test]
    public async Task Should_nack_a_delivery_into_a_full_inbox()
    {
        var inbox = BrokerNames.PartnerQueue(PartnerCode.Drihl);
        await Eventually.Until(
            async () => await _broker.Api.QueuePolicyAsync(_broker.VirtualHost, inbox, CancellationToken.None) == PartnerProvisioner.InboxPolicy,
            () => $"the policy {PartnerProvisioner.InboxPolicy} is not in force on {inbox}");
        await using var connection = await new ConnectionFactory { Uri = _broker.Broker.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var body = Encoding.UTF8.GetBytes("{}");
        for (var i = 0; i < QueueLength; i++)
        {
            await channel.BasicPublishAsync(string.Empty, inbox, mandatory: true, new BasicProperties { Persistent = true }, body);
        }

        Assert.CatchAsync<PublishException>(async () => await channel.BasicPublishAsync(string.Empty, inbox, mandatory: true, new BasicProperties { Persistent = true }, body));
        await using var counting = await connection.CreateChannelAsync();
        Assert.That((await counting.QueueDeclarePassiveAsync(inbox)).MessageCount, Is.EqualTo(QueueLength), "what was queued before is all there");
    }

    /// <summary>The message ids in a queue, front to back, read without consuming (requeued, then the channel closes).</summary>
    private async Task<List<Guid>> MessageIdsAsync(string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = _broker.Broker.AmqpUri }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var ids = new List<Guid>();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } message)
        {
            ids.Add(Guid.Parse(message.BasicProperties.MessageId!));
        }

        return ids;
    }
}
