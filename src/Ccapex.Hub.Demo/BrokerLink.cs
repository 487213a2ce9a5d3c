using System.Text.Json;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ccapex.Hub.Demo;

/// <summary>
/// A simulated partner's AMQP side, written as a partner not on .NET would: RabbitMQ.Client only, bare JSON bodies
/// published with confirms, and its queue read with manual acks, the contract taken from the envelope's
/// <c>message</c> member. With its own broker account (<see cref="Partner"/> set) it publishes on its exchange
/// ccapex.partner.&lt;partner&gt; with the type as routing key and declares nothing; with the hub's account it
/// publishes to the intake exchange of each type.
/// </summary>
internal sealed class BrokerLink : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _publishing;
    private readonly SemaphoreSlim _publishLock = new(1, 1);

    private BrokerLink(IConnection connection, IChannel publishing, PartnerCode? partner)
    {
        _connection = connection;
        _publishing = publishing;
        Partner = partner;
    }

    public PartnerCode? Partner { get; }

    public static async Task<BrokerLink> ConnectAsync(Uri broker, PartnerCode? partner, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = $"ccapex-demo-{partner?.Value.ToLowerInvariant() ?? "partners"}" };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var publishing = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        return new BrokerLink(connection, publishing, partner);
    }

    /// <summary>Completes once the broker confirmed the message.</summary>
    public async Task PublishAsync(IPartnerMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = JsonSerializer.SerializeToUtf8Bytes(message, message.GetType(), ContractJson.Options);
        var properties = new BasicProperties { ContentType = "application/json", MessageId = message.MessageId.ToString(), Persistent = true };
        await _publishLock.WaitAsync(cancellationToken);
        try
        {
            if (Partner is { } partner)
            {
                await _publishing.BasicPublishAsync(BrokerNames.PartnerExchange(partner), BrokerNames.RoutingKey(message.GetType()), mandatory: false, properties, body, cancellationToken);
            }
            else
            {
                await _publishing.BasicPublishAsync(BrokerNames.IntakeQueue(message.GetType()), string.Empty, mandatory: false, properties, body, cancellationToken);
            }
        }
        finally
        {
            _publishLock.Release();
        }
    }

    /// <summary>Reads a partner's queue: each delivery is handed over as its contract, then acknowledged.</summary>
    public async Task ConsumeAsync(string queue, Func<Delivery, Task> handle, CancellationToken cancellationToken)
    {
        var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        await channel.BasicQosAsync(0, 20, global: false, cancellationToken);

        if (Partner is null)
        {
            // The hub declares it on its first send; declaring it too lets the partner start first.
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        }
        else
        {
            // Provisioning declared it; a partner account may not declare, and a passive declare needs no right.
            await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        }
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            if (Delivery.Read(delivery.Body.Span) is { } read)
            {
                await handle(read);
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _publishing.DisposeAsync();
        await _connection.DisposeAsync();
        _publishLock.Dispose();
    }
}
