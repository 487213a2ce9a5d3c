using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>
/// A partner that is not on .NET, as RabbitMQ.Client alone: it publishes bare JSON to the intake
/// exchange and waits for the receipt on its reply_to, with no MassTransit envelope or header.
/// </summary>
internal sealed class RawAmqpClient : IAsyncDisposable
{
    /// <summary>RabbitMQ's direct reply-to pseudo-queue: no queue to declare, so no configure permission needed.</summary>
    public const string DirectReplyTo = "amq.rabbitmq.reply-to";

    // Error-queue messages read while looking for another one, kept for the test that looks for them.
    private static readonly ConcurrentDictionary<string, RawDelivery> ErrorQueueSeen = new();

    private readonly IConnection _connection;

    private RawAmqpClient(IConnection connection) => _connection = connection;

    public static async Task<RawAmqpClient> ConnectAsync(Uri broker)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "ccapex-raw-json-test-client" };
        return new RawAmqpClient(await factory.CreateConnectionAsync());
    }

    /// <summary>Publishes to the intake exchange and waits for the one reply to reach <paramref name="replyQueue"/> (null: a server-named queue of its own).</summary>
    public async Task<RawDelivery> RequestAsync(byte[] body, string contentType, string correlationId, string? replyQueue, TimeSpan timeout)
    {
        await using var channel = await _connection.CreateChannelAsync();
        replyQueue ??= (await channel.QueueDeclareAsync(string.Empty, durable: false, exclusive: true, autoDelete: true)).QueueName;

        var reply = new TaskCompletionSource<RawDelivery>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            reply.TrySetResult(RawDelivery.From(delivery.BasicProperties, delivery.Body));
            return Task.CompletedTask;
        };

        // Direct reply-to needs the consumer first, on the publishing channel, with automatic acks.
        await channel.BasicConsumeAsync(replyQueue, autoAck: true, consumer);
        await PublishAsync(channel, body, contentType, Guid.NewGuid().ToString(), correlationId, replyQueue);
        return await reply.Task.WaitAsync(timeout);
    }

    /// <summary>Publishes with no reply_to, for messages that are expected to fail.</summary>
    public async Task SendAsync(byte[] body, string contentType, string messageId)
    {
        await using var channel = await _connection.CreateChannelAsync();
        await PublishAsync(channel, body, contentType, messageId, correlationId: null, replyTo: null);
    }

    /// <summary>Reads the endpoint's _error queue until the message with this AMQP message_id is there.</summary>
    public async Task<RawDelivery> WaitInErrorQueueAsync(string messageId, TimeSpan timeout)
    {
        var queue = HubEndpointNames.CdpNotificationIntake + HubEndpointNames.ErrorSuffix;
        var deadline = DateTime.UtcNow + timeout;
        while (!ErrorQueueSeen.ContainsKey(messageId))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No message {messageId} in {queue} within {timeout}; seen: {string.Join(", ", ErrorQueueSeen.Keys)}.");
            }

            await DrainAsync(queue);
            await Task.Delay(100);
        }

        return ErrorQueueSeen[messageId];
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        _connection.Dispose();
    }

    private async Task DrainAsync(string queue)
    {
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                var delivery = RawDelivery.From(message.BasicProperties, message.Body);
                ErrorQueueSeen[delivery.MessageId ?? Guid.NewGuid().ToString()] = delivery;
            }
        }
        catch (OperationInterruptedException notYetDeclared) when (notYetDeclared.ShutdownReason?.ReplyCode == 404)
        {
            // MassTransit declares the error queue on the first fault.
        }
    }

    private static async Task PublishAsync(IChannel channel, byte[] body, string contentType, string messageId, string? correlationId, string? replyTo)
    {
        var properties = new BasicProperties
        {
            ContentType = contentType,
            MessageId = messageId,
            CorrelationId = correlationId,
            ReplyTo = replyTo,
            Persistent = true,
        };

        // To the exchange named after the queue, as a partner whose write permission covers only its intake would.
        await channel.BasicPublishAsync(HubEndpointNames.CdpNotificationIntake, string.Empty, mandatory: false, properties, body);
    }
}
