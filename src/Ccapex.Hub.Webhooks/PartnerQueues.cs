using RabbitMQ.Client;

namespace Ccapex.Hub.Webhooks;

/// <summary>Declaring a partner's queues as the hub's MassTransit does (durable, shared, no arguments), so each side finds them unchanged.</summary>
internal static class PartnerQueues
{
    public static async Task DeclareAsync(IChannel channel, string queue, CancellationToken cancellationToken) =>
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Publishes persistently to <paramref name="queue"/> through the default exchange and returns once the
    /// broker confirmed it (the channel tracks confirms); mandatory, so an unroutable message throws.
    /// </summary>
    public static async Task PublishConfirmedAsync(IChannel confirming, string queue, BasicProperties properties, ReadOnlyMemory<byte> body) =>
        await confirming.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, body).ConfigureAwait(false);

    public static Task<IChannel> OpenConfirmingAsync(IConnection connection, CancellationToken cancellationToken) =>
        connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true,
            publisherConfirmationTrackingEnabled: true), cancellationToken);
}
