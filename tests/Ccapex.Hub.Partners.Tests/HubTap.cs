using Ccapex.Hub.Charter;
using Ccapex.Hub.Testing;
using System.Text.Json;
using System.Text.Json.Nodes;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// What the tests see of the broker: a copy of every delivery to the partners' queues (a queue of its own bound
/// to each partner's exchange, so the workers still get the originals), a copy of what the workers send to the
/// hub's intake, and the other partners (bailiffs, DRIHL) sending bare JSON to the hub's intake.
/// </summary>
internal sealed class HubTap : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly List<TappedDelivery> _received = [];

    private HubTap(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    /// <param name="partners">Whose queues are copied.</param>
    /// <param name="intake">Which intake exchanges are copied (the workers' answers), recorded as sent by the message's sender.</param>
    public static async Task<HubTap> ConnectAsync(Uri broker, IEnumerable<PartnerCode> partners, IEnumerable<Type> intake)
    {
        var connection = await new ConnectionFactory { Uri = broker, ClientProvidedName = "ccapex-partners-tests-tap" }.CreateConnectionAsync();
        var tap = new HubTap(connection, await connection.CreateChannelAsync());
        foreach (var partner in partners)
        {
            var exchange = new PartnerIdentity(partner).Queue;
            await tap.TapAsync(exchange, body => (partner, body));
        }

        foreach (var type in intake)
        {
            await tap.TapAsync(BrokerNames.IntakePrefix + HubSender.RoutingKey(type), body => (Sender(body), body));
        }

        return tap;
    }

    /// <summary>The copies of what <paramref name="sender"/> sent to the hub's intake, in order.</summary>
    public IReadOnlyList<T> SentBy<T>(PartnerCode sender, Func<T, bool>? match = null) => To<T>(sender, match);

    public IReadOnlyList<TappedDelivery> To(PartnerCode partner)
    {
        lock (_received)
        {
            return _received.Where(d => d.Partner == partner).ToList();
        }
    }

    public IReadOnlyList<T> To<T>(PartnerCode partner, Func<T, bool>? match = null) =>
        To(partner).Where(d => d.Is<T>()).Select(d => d.As<T>()).Where(m => match?.Invoke(m) ?? true).ToList();

    public async Task<IReadOnlyList<T>> WaitFor<T>(PartnerCode partner, Func<T, bool> match, int count = 1)
    {
        await Eventually.Until(() => To(partner, match).Count >= count,
            () => $"{partner} got {To(partner, match).Count} of {count} {typeof(T).Name} expected; it got: {string.Join(", ", To(partner))}");
        return To(partner, match);
    }

    /// <summary>The hub's receipt for a partner message, accepted or refused, from the sender's queue.</summary>
    public async Task<TappedDelivery> WaitForAnswer(PartnerCode partner, Guid messageId)
    {
        bool Answers(TappedDelivery d) => d.Message["inReplyTo"]?.GetValue<Guid>() == messageId;
        await Eventually.Until(() => To(partner).Any(Answers), () => $"{partner} got no answer to {messageId}; it got: {string.Join(", ", To(partner))}");
        return To(partner).First(Answers);
    }

    /// <summary>Publishes the message as bare JSON to its intake exchange, as a partner without MassTransit does.</summary>
    public async Task SendAsync(IPartnerMessage message)
    {
        var properties = new BasicProperties { ContentType = "application/json", MessageId = message.MessageId.ToString(), Persistent = true };
        var body = JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), ContractJson.Options);
        await _channel.BasicPublishAsync(BrokerNames.IntakePrefix + HubSender.RoutingKey(message.GetType()), string.Empty, false, properties, body);
    }

    /// <summary>Delivers a copied message again to its partner's queue, as the broker does after a lost acknowledgement.</summary>
    public async Task RedeliverAsync(TappedDelivery delivery)
    {
        var properties = new BasicProperties { ContentType = delivery.ContentType, Persistent = true };
        await _channel.BasicPublishAsync(new PartnerIdentity(delivery.Partner).Queue, string.Empty, false, properties, delivery.Body);
    }

    /// <summary>How many messages wait in a queue; null when the queue was never declared.</summary>
    public Task<uint?> MessagesInAsync(string queue) => QueueDepth.MessagesInAsync(_connection, queue);

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }

    private static PartnerCode Sender(JsonObject envelope) => PartnerCode.Parse(envelope["message"]!["sender"]!.GetValue<string>());

    private async Task TapAsync(string exchange, Func<JsonObject, (PartnerCode Partner, JsonObject Envelope)> label)
    {
        // The exchange as MassTransit declares it (durable fanout), bound to a copy queue that goes with the connection.
        await _channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var copy = await _channel.QueueDeclareAsync($"tests.tap.{exchange}", durable: false, exclusive: true, autoDelete: true);
        await _channel.QueueBindAsync(copy.QueueName, exchange, string.Empty);
        var consumer = new AsyncEventingBasicConsumer(_channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var body = delivery.Body.ToArray();
            var (partner, envelope) = label(JsonNode.Parse(body)!.AsObject());
            var tapped = new TappedDelivery(partner, body, delivery.BasicProperties.ContentType, envelope);
            lock (_received)
            {
                _received.Add(tapped);
            }

            return Task.CompletedTask;
        };
        await _channel.BasicConsumeAsync(copy.QueueName, autoAck: true, consumer);
    }
}
