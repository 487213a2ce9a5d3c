using System.Text;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ccapex.Hub.Demo;

/// <summary>
/// The simulated partners' AMQP side, written as a partner not on .NET would: RabbitMQ.Client only, bare JSON
/// bodies published with confirms to the hub's intake exchange of each type, and the partner queues read with
/// manual acks, the contract taken from the envelope's <c>message</c> member.
/// </summary>
internal sealed class BrokerLink : IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _publishing;
    private readonly SemaphoreSlim _publishLock = new(1, 1);

    private BrokerLink(IConnection connection, IChannel publishing)
    {
        _connection = connection;
        _publishing = publishing;
    }

    public static async Task<BrokerLink> ConnectAsync(Uri broker, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory { Uri = broker, ClientProvidedName = "ccapex-demo-partners" };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        var publishing = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        return new BrokerLink(connection, publishing);
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
            await _publishing.BasicPublishAsync(IntakeExchange(message.GetType()), string.Empty, mandatory: false, properties, body, cancellationToken);
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

        // The hub declares it on its first send; declaring it too lets the partner start first.
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
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

    /// <summary>ccapex.intake.submit-cdp-notification for SubmitCdpNotification.</summary>
    public static string IntakeExchange(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        var name = new StringBuilder("ccapex.intake.");
        foreach (var c in messageType.Name)
        {
            if (char.IsUpper(c) && name[^1] != '.')
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }

    /// <summary>ccapex.prefecture-police.in for PREFECTURE_POLICE.</summary>
    public static string PartnerQueue(PartnerCode partner) => $"ccapex.{partner.Value.ToLowerInvariant().Replace('_', '-')}.in";

    public async ValueTask DisposeAsync()
    {
        await _publishing.DisposeAsync();
        await _connection.DisposeAsync();
        _publishLock.Dispose();
    }
}
