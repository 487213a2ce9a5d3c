using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Partners;

/// <summary>
/// A delivery the reference worker does not automate (a blockers review, a reminder, an examination's outcome): logged for the partner's
/// staff and acknowledged, so that it neither fails nor blocks the queue.
/// </summary>
public sealed class KeptDeliveryConsumer<T>(ILogger<KeptDeliveryConsumer<T>> logger) : IConsumer<T>
    where T : class
{
    public Task Consume(ConsumeContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        logger.KeptForStaff(typeof(T).Name, context.MessageId);
        return Task.CompletedTask;
    }
}
