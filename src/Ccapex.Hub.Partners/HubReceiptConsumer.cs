using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Partners;

/// <summary>The hub's receipts for what this worker sent: a refusal is logged as a warning for a person to act on.</summary>
public sealed class HubReceiptConsumer(ILogger<HubReceiptConsumer> logger) : IConsumer<MessageAccepted>, IConsumer<MessageRejected>
{
    public Task Consume(ConsumeContext<MessageAccepted> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var receipt = context.Message;
        logger.Accepted(receipt.InReplyTo, receipt.Flow, receipt.DossierId, receipt.Duplicate);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<MessageRejected> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var refusal = context.Message;
        logger.Rejected(refusal.MessageType, refusal.InReplyTo, refusal.Code, refusal.Reason);
        return Task.CompletedTask;
    }
}
