using System.Text;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// A partner reading its queue (ccapex.drihl.in, ...) with RabbitMQ.Client alone, as a system that is
/// not on .NET would: every physical delivery is kept, duplicates included, so the tests can count
/// what the partner really received across the hub's crashes.
/// </summary>
internal sealed class PartnerInbox
{
    private readonly List<Delivery> _deliveries = [];

    private PartnerInbox(string queue) => Queue = queue;

    public string Queue { get; }

    public IReadOnlyList<Delivery> Deliveries
    {
        get
        {
            lock (_deliveries)
            {
                return [.. _deliveries];
            }
        }
    }

    public IReadOnlySet<Guid> DistinctIds => Deliveries.Select(d => d.MessageId).ToHashSet();

    /// <summary>Deliveries beyond the first of each message id: re-sends after a crash, same id.</summary>
    public int Duplicates => Deliveries.Count - DistinctIds.Count;

    /// <summary>
    /// Starts consuming. The queue is declared first (durable, as MassTransit declares it when the hub
    /// first sends), so that nothing sent before this call is missed.
    /// </summary>
    public static async Task<PartnerInbox> OpenAsync(IConnection connection, string queue)
    {
        var inbox = new PartnerInbox(queue);
        var channel = await connection.CreateChannelAsync();
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            inbox.Add(Delivery.From(delivery.BasicProperties, delivery.Body));
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
        return inbox;
    }

    /// <summary>Waits until the deliveries meet <paramref name="done"/>; fails with what arrived (and the hub's story) if they do not in time.</summary>
    private async Task WaitAsync(Func<IReadOnlyList<Delivery>, bool> done, TimeSpan timeout, string what, Func<string> context)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done(Deliveries))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{Queue}: {what} not received within {timeout}; got {Deliveries.Count} deliveries, {DistinctIds.Count} distinct.{Environment.NewLine}{context()}");
            }

            await Task.Delay(100);
        }
    }

    public Task WaitForDistinctAsync(int count, TimeSpan timeout, Func<string> context) =>
        WaitAsync(d => d.Select(x => x.MessageId).Distinct().Count() >= count, timeout, $"{count} distinct message(s)", context);

    private void Add(Delivery delivery)
    {
        lock (_deliveries)
        {
            _deliveries.Add(delivery);
        }
    }

    /// <summary>One physical delivery: the message id MassTransit put on the wire, and the envelope's JSON.</summary>
    internal sealed record Delivery(Guid MessageId, JsonObject Envelope)
    {
        /// <summary>The message inside MassTransit's envelope.</summary>
        public JsonObject Message => Envelope["message"]!.AsObject();

        public static Delivery From(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body)
        {
            var envelope = JsonNode.Parse(Encoding.UTF8.GetString(body.Span))!.AsObject();

            // The AMQP property and the envelope carry the same id; the envelope is there whatever the transport did.
            var id = properties.MessageId ?? envelope["messageId"]!.GetValue<string>();
            return new Delivery(Guid.Parse(id), envelope);
        }
    }
}
