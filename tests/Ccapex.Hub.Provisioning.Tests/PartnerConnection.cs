using System.Text.Json.Nodes;
using System.Text.Json;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using RabbitMQ.Client;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// A partner as a plain AMQP client with its own account: it publishes bare JSON on its exchange (publisher
/// confirms, so a refusal is seen) and reads its queue, found with a passive declare (it may configure nothing).
/// </summary>
internal sealed class PartnerConnection : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly List<JsonObject> _received = [];

    private PartnerConnection(PartnerCode partner, IConnection connection)
    {
        Partner = partner;
        _connection = connection;
    }

    public PartnerCode Partner { get; }

    public static async Task<PartnerConnection> OpenAsync(PartnerCode partner, Uri uri)
    {
        var factory = new ConnectionFactory { Uri = uri, ClientProvidedName = $"ccapex-partner-{BrokerNames.PartnerName(partner)}" };
        return new PartnerConnection(partner, await factory.CreateConnectionAsync());
    }

    /// <summary>Reads the partner's own queue from now on; every envelope is kept.</summary>
    public async Task ConsumeAsync()
    {
        var channel = await _connection.CreateChannelAsync();
        var queue = BrokerNames.PartnerQueue(Partner);
        await channel.QueueDeclarePassiveAsync(queue);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            lock (_received)
            {
                _received.Add(JsonNode.Parse(delivery.Body.Span)!.AsObject());
            }

            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
    }

    /// <summary>Publishes the message on the partner's own exchange with its type as routing key; null when the broker took it.</summary>
    public Task<ShutdownEventArgs?> PublishAsync(IPartnerMessage message) =>
        PublishAsync(BrokerNames.PartnerExchange(Partner), BrokerNames.RoutingKey(message.GetType()), message);

    /// <summary>Publishes anywhere; null when the broker confirmed it, else why it closed the channel (403 ACCESS_REFUSED...).</summary>
    public Task<ShutdownEventArgs?> PublishAsync(string exchange, string routingKey, IPartnerMessage message)
    {
        var properties = new BasicProperties { ContentType = "application/json", MessageId = message.MessageId.ToString(), Persistent = true };
        var body = JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), ContractJson.Options);
        return TryAsync(channel => channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, body).AsTask());
    }

    /// <summary>Publishes bytes as they are, with the properties the caller sets; null when the broker confirmed them.</summary>
    public Task<ShutdownEventArgs?> PublishRawAsync(string routingKey, BasicProperties properties, byte[] body) =>
        TryAsync(channel => channel.BasicPublishAsync(BrokerNames.PartnerExchange(Partner), routingKey, mandatory: false, properties, body).AsTask());

    /// <summary>Runs one operation on a channel of its own; null when it succeeded, else why the broker closed the channel.</summary>
    public async Task<ShutdownEventArgs?> TryAsync(Func<IChannel, Task> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        try
        {
            await operation(channel);
            return null;
        }
        catch (OperationInterruptedException refused)
        {
            return refused.ShutdownReason;
        }
        finally
        {
            await channel.DisposeAsync();
        }
    }

    /// <summary>Everything received so far: MassTransit envelopes.</summary>
    public IReadOnlyList<JsonObject> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The hub's answer to one of this partner's messages; fails after the wait.</summary>
    public async Task<(string Type, JsonObject Message)> AnswerAsync(Guid messageId)
    {
        JsonObject? answer = null;
        await Eventually.Until(
            () => (answer = Received.FirstOrDefault(e => e["message"]?["inReplyTo"]?.GetValue<Guid>() == messageId)) is not null,
            () => $"{Partner} got no answer to {messageId}; it got {Received.Count} message(s).");
        return (answer!["messageType"]![0]!.GetValue<string>().Split(':')[^1], answer["message"]!.AsObject());
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        _connection.Dispose();
    }
}
