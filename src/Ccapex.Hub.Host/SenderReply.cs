using MassTransit;
using MassTransit.RabbitMqTransport;
using MassTransit.Serialization;

namespace Ccapex.Hub.Host;

/// <summary>
/// Sends a receipt back to whoever sent the message, .NET partner or not.
/// </summary>
/// <remarks>
/// MassTransit answers to <see cref="MessageContext.ResponseAddress"/>, which comes from the envelope
/// (request client) or, for a raw JSON message, from the "MT-Response-Address" header only: MassTransit
/// 8.5 never reads the AMQP reply_to property as a response address, and with no address at all
/// <c>RespondAsync</c> publishes the receipt instead. For a plain AMQP client that sets reply_to
/// (a queue of its own, or RabbitMQ's direct reply-to), this sends to
/// "rabbitmq://host/vhost/amq.rabbitmq.reply-to": MassTransit's RabbitMQ receive context turns that
/// address into the default exchange with the message's reply_to as routing key, which reaches
/// the queue named by reply_to without declaring anything. The receipt is then raw JSON too, and
/// carries the request's correlation_id (or its message_id) as its correlation_id, as AMQP RPC clients expect.
/// </remarks>
public static class SenderReply
{
    private const string ReplyToExchange = "amq.rabbitmq.reply-to";

    /// <returns>False when the message named nowhere to answer to.</returns>
    public static async Task<bool> RespondToSender<T>(this ConsumeContext context, T receipt)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ResponseAddress is not null)
        {
            await context.RespondAsync(receipt).ConfigureAwait(false);
            return true;
        }

        if (!context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var amqp)
            || string.IsNullOrWhiteSpace(amqp.Properties.ReplyTo))
        {
            return false;
        }

        var correlationId = amqp.Properties.CorrelationId ?? amqp.Properties.MessageId;
        var endpoint = await context.GetSendEndpoint(new Uri(context.ReceiveContext.InputAddress, ReplyToExchange)).ConfigureAwait(false);
        await endpoint.Send(receipt, send =>
        {
            send.Serializer = new SystemTextJsonRawMessageSerializer();
            send.RequestId = context.RequestId;
            if (correlationId is not null && send.TryGetPayload<RabbitMqSendContext>(out var amqpSend))
            {
                amqpSend.BasicProperties.CorrelationId = correlationId;
            }
        }, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
