using System.Globalization;
using Ccapex.Hub.Contracts;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Webhooks;

/// <summary>Reading and resuming a partner's parked queue.</summary>
internal static class ParkedMessages
{
    /// <summary>
    /// One line for the partner, then one per parked message with its reason. Messages are read without an
    /// ack and put back when the channel closes: listing changes nothing.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ListAsync(IConnection connection, PartnerCode partner)
    {
        var queue = PartnerEndpoint.ParkedQueueOf(partner);
        var channel = await connection.CreateChannelAsync().ConfigureAwait(false);
        await using var scope = channel.ConfigureAwait(false);
        var count = await CountAsync(channel, queue).ConfigureAwait(false) ?? 0;
        var lines = new List<string> { $"{partner}: {count} parked in {queue}" };
        for (var i = 0; i < count && await channel.BasicGetAsync(queue, autoAck: false).ConfigureAwait(false) is { } got; i++)
        {
            lines.Add(Describe(got.BasicProperties));
        }

        return lines;
    }

    /// <summary>
    /// Moves what the parked queue holds now to the partner's queue: each message is published with a broker
    /// confirm, then acked in the parked queue, so a failure in between leaves a copy in both (never none).
    /// Messages parked again meanwhile are left for the next resume.
    /// </summary>
    public static async Task<int> ResumeAsync(IConnection connection, PartnerCode partner)
    {
        var parked = PartnerEndpoint.ParkedQueueOf(partner);
        var inbox = BrokerNames.PartnerQueue(partner);
        var channel = await PartnerQueues.OpenConfirmingAsync(connection, CancellationToken.None).ConfigureAwait(false);
        await using var scope = channel.ConfigureAwait(false);
        if (await CountAsync(channel, parked).ConfigureAwait(false) is not { } count)
        {
            return 0;
        }

        await PartnerQueues.DeclareAsync(channel, inbox, CancellationToken.None).ConfigureAwait(false);
        var moved = 0;
        while (moved < count && await channel.BasicGetAsync(parked, autoAck: false).ConfigureAwait(false) is { } got)
        {
            var message = InboundMessage.Copy(got);
            await PartnerQueues.PublishConfirmedAsync(channel, inbox, ParkedHeaders.Resume(message.Properties), message.Body).ConfigureAwait(false);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false).ConfigureAwait(false);
            moved++;
        }

        return moved;
    }

    private static string Describe(IReadOnlyBasicProperties message)
    {
        string H(string name) => ParkedHeaders.Text(message, name);
        var status = H(ParkedHeaders.LastStatus);
        return string.Create(CultureInfo.InvariantCulture,
            $"  {H(ParkedHeaders.MessageId)} {H(ParkedHeaders.MessageType)} parked {H(ParkedHeaders.ParkedAt)} attempts {H(ParkedHeaders.Attempts)} last status {(status.Length == 0 ? "none" : status)} first failure {Or(H(ParkedHeaders.FirstFailure))} last failure {Or(H(ParkedHeaders.LastFailure))} reason: {H(ParkedHeaders.Reason)}");
    }

    private static string Or(string value) => value.Length == 0 ? "none" : value;

    /// <summary>The queue's message count, or null when it does not exist (nothing was ever parked).</summary>
    private static async Task<uint?> CountAsync(IChannel channel, string queue)
    {
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue).ConfigureAwait(false)).MessageCount;
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
            return null;
        }
    }
}
