using System.Text;
using System.Text.Json.Nodes;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// What a partner's plain AMQP consumer (the Node client, the webhook dispatcher) receives from the relay, read with
/// RabbitMQ.Client and no MassTransit: the content type, the transport's message id, and MassTransit's envelope.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
public sealed class When_a_raw_consumer_reads_what_the_relay_sent(StoreProvider provider) : BrokerStoreFixture(provider)
{
    private const string Queue = "ccapex.capture.in";

    [Test]
    public async Task Should_see_the_envelope_receivers_read()
    {
        var id = Guid.NewGuid();
        var dossier = Guid.NewGuid();
        var requestId = Guid.NewGuid();

        var (properties, envelope) = await RelayAndReadAsync(
            () => InsertOutboxAsync(TestNotice.Entry(id, dossier, "captured", destination: "queue:" + Queue) with { RequestId = requestId }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(properties.ContentType, Is.EqualTo("application/vnd.masstransit+json"));
            Assert.That(properties.MessageId, Is.EqualTo(id.ToString()));
            Assert.That(properties.CorrelationId, Is.EqualTo(dossier.ToString()));
            Assert.That(properties.Persistent, Is.True);
            Assert.That(envelope["messageId"]?.GetValue<string>(), Is.EqualTo(id.ToString()));
            Assert.That(envelope["correlationId"]?.GetValue<string>(), Is.EqualTo(dossier.ToString()));
            Assert.That(envelope["requestId"]?.GetValue<string>(), Is.EqualTo(requestId.ToString()));
            Assert.That(envelope["messageType"]!.AsArray().Select(t => t!.GetValue<string>()),
                Is.EqualTo(new[] { $"urn:message:{typeof(TestNotice).Namespace}:{nameof(TestNotice)}" }));
            Assert.That(envelope["message"]!.ToJsonString(), Is.EqualTo($$"""{"dossierId":"{{dossier}}","text":"captured"}"""));
            Assert.That(envelope["destinationAddress"]?.GetValue<string>(), Does.EndWith($"/{Broker.VirtualHost}/{Queue}?bind=true"));
            Assert.That(envelope["sourceAddress"]?.GetValue<string>(), Does.Contain("_bus_"));
            Assert.That(envelope["host"]?["machineName"]?.GetValue<string>(), Is.EqualTo(Environment.MachineName));
        }
    }

    /// <summary>
    /// A row written before rows kept their envelope (message type and body only) is still sent, through MassTransit's
    /// serializer as before; what it gives is what a stored envelope gives: same properties, members, order and values
    /// (but the ids, the times and the process's own queue).
    /// </summary>
    [Test]
    public async Task Should_send_a_row_written_before_as_before_and_alike()
    {
        var dossier = Guid.NewGuid();
        Guid old = Guid.NewGuid(), current = Guid.NewGuid();
        var (oldProperties, oldEnvelope) = await RelayAndReadAsync(() => InsertOldFormatRowAsync(old, "queue:" + Queue, typeof(TestNotice).FullName!,
            $$"""{"dossierId":"{{dossier}}","text":"caf: é < 5 €"}""", dossier));
        Assert.That(await ScalarAsync("SELECT sent_at FROM outbox WHERE message_id = @id", ("@id", old)), Is.Not.Null, "the old row is marked sent");
        var (properties, envelope) = await RelayAndReadAsync(() => InsertOutboxAsync(TestNotice.Entry(current, dossier, "caf: é < 5 €", destination: "queue:" + Queue)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(oldProperties.MessageId, Is.EqualTo(old.ToString()));
            Assert.That(properties.ContentType, Is.EqualTo(oldProperties.ContentType));
            Assert.That(properties.CorrelationId, Is.EqualTo(oldProperties.CorrelationId));
            Assert.That(properties.DeliveryMode, Is.EqualTo(oldProperties.DeliveryMode));
            Assert.That(properties.Headers?.Keys, Is.EquivalentTo(oldProperties.Headers?.Keys ?? []));
            Assert.That(envelope.Select(m => m.Key), Is.EqualTo(oldEnvelope.Select(m => m.Key)), "same members in the same order");
            foreach (var member in new[] { "correlationId", "requestId", "initiatorId", "responseAddress", "faultAddress", "messageType", "message", "expirationTime", "headers", "host" })
            {
                Assert.That(envelope[member]?.ToJsonString(), Is.EqualTo(oldEnvelope[member]?.ToJsonString()), member);
            }

            Assert.That(envelope["destinationAddress"]!.GetValue<string>(), Is.EqualTo(oldEnvelope["destinationAddress"]!.GetValue<string>()));
        }
    }

    /// <summary>Starts a bus and relay, writes the row(s), relays them, and reads the one message back with RabbitMQ.Client.</summary>
    private async Task<(IReadOnlyBasicProperties Properties, JsonObject Envelope)> RelayAndReadAsync(Func<Task> write)
    {
        await using (var services = Bus())
        {
            var bus = services.GetRequiredService<IBusControl>();
            var relay = services.GetRequiredService<OutboxRelay>();
            await bus.StartAsync();
            try
            {
                await write();
                Assert.That(await relay.DispatchDueAsync(), Is.EqualTo(1));
            }
            finally
            {
                await bus.StopAsync();
            }
        }

        var factory = new ConnectionFactory { Uri = Broker.AmqpUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var got = await channel.BasicGetAsync(Queue, autoAck: true);
        Assert.That(got, Is.Not.Null, "the relay's message is in the queue");
        return (got!.BasicProperties, JsonNode.Parse(Encoding.UTF8.GetString(got.Body.Span))!.AsObject());
    }

    private ServiceProvider Bus() => RelayBus.For(Store, Clock, Broker.AmqpUri);
}
