using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// A message taken from a queue, copied out of the client's buffers (they are reused once the consumer
/// callback returns): its delivery tag, its properties and its body as received.
/// </summary>
internal sealed record InboundMessage(ulong DeliveryTag, BasicProperties Properties, ReadOnlyMemory<byte> Body)
{
    public static InboundMessage Copy(BasicDeliverEventArgs delivery) =>
        new(delivery.DeliveryTag, new BasicProperties(delivery.BasicProperties), delivery.Body.ToArray());

    public static InboundMessage Copy(BasicGetResult result) =>
        new(result.DeliveryTag, new BasicProperties(result.BasicProperties), result.Body.ToArray());
}
