using System.Diagnostics;
using System.Text.Json;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;
using RabbitMQ.Client.Events;
using RabbitMQ.Client;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// The partners as plain AMQP clients, as most of them are (not on .NET): each reads its durable queue
/// ccapex.&lt;partner&gt;.in and keeps everything it received; any of them publishes bare JSON to the hub's
/// intake exchange for the message type.
/// </summary>
internal sealed class PartnerInboxes : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _consuming;
    private readonly IChannel _publishing;
    private readonly List<PartnerDelivery> _received = [];

    private PartnerInboxes(IConnection connection, IChannel consuming, IChannel publishing)
    {
        _connection = connection;
        _consuming = consuming;
        _publishing = publishing;
    }

    /// <summary>Everything received so far, in arrival order.</summary>
    public IReadOnlyList<PartnerDelivery> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<PartnerInboxes> ConnectAsync(Uri broker)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "ccapex-flows-partners" };
        var connection = await factory.CreateConnectionAsync();
        var inboxes = new PartnerInboxes(connection, await connection.CreateChannelAsync(), await connection.CreateChannelAsync());
        // Every code and every member of the rules (ADR 0014): a delivery to a role whose members connect one by one is seen too.
        foreach (var partner in PartnerCode.All.Concat(Charter.CharterRulesLoader.LoadEmbedded().Partners).Distinct())
        {
            await inboxes.ConsumeAsync(partner);
        }

        return inboxes;
    }

    /// <summary>Publishes the message as bare JSON (content type application/json) to its intake exchange.</summary>
    public async Task SendAsync(IPartnerMessage message)
    {
        var properties = new BasicProperties { ContentType = "application/json", MessageId = message.MessageId.ToString(), Persistent = true };
        var body = JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), ContractJson.Options);
        await _publishing.BasicPublishAsync(BrokerNames.IntakeQueue(message.GetType()), string.Empty, mandatory: false, properties, body);
    }

    public IReadOnlyList<PartnerDelivery> To(PartnerCode partner) => Received.Where(d => d.Partner == partner).ToList();

    public IReadOnlyList<T> To<T>(PartnerCode partner, Func<T, bool>? match = null) =>
        To(partner).Where(d => d.Is<T>()).Select(d => d.As<T>()).Where(m => match?.Invoke(m) ?? true).ToList();

    /// <summary>The first message of type <typeparamref name="T"/> the partner gets that matches, waiting for it.</summary>
    public async Task<T> WaitFor<T>(PartnerCode partner, Func<T, bool> match) => (await WaitFor(partner, match, 1))[0];

    /// <summary>Waits until the partner has received <paramref name="count"/> matching messages of type <typeparamref name="T"/>.</summary>
    public async Task<IReadOnlyList<T>> WaitFor<T>(PartnerCode partner, Func<T, bool> match, int count) =>
        (await WaitFor(partner, d => d.Is<T>() && match(d.As<T>()), count, typeof(T).Name)).Select(d => d.As<T>()).ToList();

    /// <summary>The hub's answer to a partner's message, a receipt or a refusal: whatever names it in inReplyTo.</summary>
    public async Task<PartnerDelivery> WaitForAnswer(PartnerCode partner, Guid messageId) =>
        (await WaitFor(partner, d => d.Message["inReplyTo"]?.GetValue<Guid>() == messageId, 1, $"answer to {messageId}"))[0];

    private async Task<IReadOnlyList<PartnerDelivery>> WaitFor(PartnerCode partner, Func<PartnerDelivery, bool> match, int count, string what)
    {
        await Eventually.Until(
            () => To(partner).Count(match) >= count,
            () => $"{partner} got {To(partner).Count(match)} of {count} {what} expected; it got: {string.Join(", ", To(partner))}.");
        return To(partner).Where(match).ToList();
    }

    /// <summary>Waits until nothing has arrived for a while: what a step caused has been delivered.</summary>
    public async Task SettleAsync()
    {
        var quiet = TimeSpan.FromMilliseconds(500);
        var count = Received.Count;
        var since = Stopwatch.StartNew();
        while (since.Elapsed < quiet)
        {
            await Task.Delay(50);
            if (Received.Count != count)
            {
                count = Received.Count;
                since.Restart();
            }
        }
    }

    /// <summary>Every (partner, message id) received more than once: partners must never see the same message twice.</summary>
    public IReadOnlyList<string> Duplicates() =>
        Received.GroupBy(d => (d.Partner, d.MessageId)).Where(g => g.Count() > 1).Select(g => $"{g.First()} x{g.Count()}").ToList();

    public async ValueTask DisposeAsync()
    {
        await _publishing.CloseAsync();
        await _consuming.CloseAsync();
        await _connection.CloseAsync();
        _publishing.Dispose();
        _consuming.Dispose();
        _connection.Dispose();
    }

    private async Task ConsumeAsync(PartnerCode partner)
    {
        // Declared as MassTransit declares a send endpoint's queue (durable, shared, no arguments), so the
        // hub's first send to it finds it unchanged; until then a partner would have nothing to read.
        var queue = BrokerNames.PartnerQueue(partner);
        await _consuming.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        var consumer = new AsyncEventingBasicConsumer(_consuming);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            var received = PartnerDelivery.From(partner, delivery.Body);
            lock (_received)
            {
                _received.Add(received);
            }

            return Task.CompletedTask;
        };
        await _consuming.BasicConsumeAsync(queue, autoAck: true, consumer);
    }
}
