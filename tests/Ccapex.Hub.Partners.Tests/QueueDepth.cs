using RabbitMQ.Client;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>How many messages wait in a queue, without creating it: MassTransit declares _error and _skipped queues only when first needed.</summary>
internal static class QueueDepth
{
    /// <summary>The count, or null when the queue was never declared.</summary>
    public static async Task<uint?> MessagesInAsync(IConnection connection, string queue)
    {
        // A passive declare of a missing queue closes its channel: a channel of its own.
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }
}
