using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>
/// A partner that is not on .NET, as RabbitMQ.Client alone: it publishes bare JSON to the intake
/// exchange, with no MassTransit envelope or header, and reads what the hub sends it from a queue.
/// </summary>
internal sealed class RawAmqpClient : IAsyncDisposable
{
    // Messages read from a queue while looking for another one, kept for the test that looks for them.
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<RawDelivery>> Seen = new();

    private readonly IConnection _connection;

    private RawAmqpClient(IConnection connection) => _connection = connection;

    public static async Task<RawAmqpClient> ConnectAsync(Uri broker)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "ccapex-raw-json-test-client" };
        return new RawAmqpClient(await factory.CreateConnectionAsync());
    }

    /// <summary>
    /// Publishes to the intake exchange, as a partner whose write permission covers only its intake
    /// would. No reply_to: the hub answers on the sender's own queue (ccapex.&lt;partner&gt;.in).
    /// </summary>
    public async Task SendAsync(byte[] body, string contentType, string messageId)
    {
        await using var channel = await _connection.CreateChannelAsync();
        var properties = new BasicProperties { ContentType = contentType, MessageId = messageId, Persistent = true };
        await channel.BasicPublishAsync(BrokerNames.CdpNotificationIntake, string.Empty, mandatory: false, properties, body);
    }

    /// <summary>Reads the endpoint's _error queue until the message with this AMQP message_id is there.</summary>
    public Task<RawDelivery> WaitInErrorQueueAsync(string messageId, TimeSpan timeout) =>
        WaitInQueueAsync(BrokerNames.CdpNotificationIntake + BrokerNames.ErrorSuffix, d => d.MessageId == messageId, timeout);

    /// <summary>Reads <paramref name="queue"/> until a message that matches is there; other messages are kept for later waits.</summary>
    public async Task<RawDelivery> WaitInQueueAsync(string queue, Func<RawDelivery, bool> match, TimeSpan timeout)
    {
        var seen = Seen.GetOrAdd(queue, _ => new ConcurrentQueue<RawDelivery>());
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (seen.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching message in {queue} within {timeout}; seen: {string.Join(", ", seen.Select(d => d.MessageId))}.");
            }

            await DrainAsync(queue, seen);
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        _connection.Dispose();
    }

    private async Task DrainAsync(string queue, ConcurrentQueue<RawDelivery> seen)
    {
        await using var channel = await _connection.CreateChannelAsync();
        try
        {
            while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
            {
                seen.Enqueue(RawDelivery.From(message.BasicProperties, message.Body));
            }
        }
        catch (OperationInterruptedException notYetDeclared) when (notYetDeclared.ShutdownReason?.ReplyCode == 404)
        {
            // MassTransit declares an error queue on the first fault, and a partner queue on the first send to it.
        }
    }
}
