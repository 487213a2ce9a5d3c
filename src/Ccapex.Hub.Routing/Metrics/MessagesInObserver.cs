using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Routing.Metrics;

/// <summary>Counts each partner message the intake consumed (ccapex.messages.in): accepted, refused, or failed.</summary>
public sealed class MessagesInObserver(RefusedMessages refused) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Message is IPartnerMessage message)
        {
            HubMetrics.MessageIn(FlowOf<T>.Flow, message.Sender, refused.Take(message.MessageId) ? "refused" : "accepted");
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Message is IPartnerMessage message)
        {
            refused.Take(message.MessageId);
            HubMetrics.MessageIn(FlowOf<T>.Flow, message.Sender, "failed");
        }

        return Task.CompletedTask;
    }
}
