using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using MassTransit;

namespace Ccapex.Hub.Routing.Metrics;

/// <summary>
/// Counts what the hub sends, once the broker has it: messages to a partner's queue (ccapex.messages.out), refusals
/// (ccapex.refusals, wherever the rejection goes), reminders and escalations of overdue answers (ccapex.obligations.overdue).
/// </summary>
public sealed class MessagesOutObserver(RefusedMessages refused, CharterRules rules) : ISendObserver
{
    private readonly Dictionary<string, PartnerCode> _partnerQueues =
        rules.Partners.Append(PartnerCode.Drihl).Distinct().ToDictionary(BrokerNames.PartnerQueue, p => p, StringComparer.Ordinal);

    public Task PreSend<T>(SendContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);

        // Before the consume that refuses ends (a response is sent within it), so the intake's count sees it.
        if (context.Message is MessageRejected { InReplyTo: { } inReplyTo })
        {
            refused.Add(inReplyTo);
        }

        return Task.CompletedTask;
    }

    public Task PostSend<T>(SendContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Message)
        {
            case MessageRejected rejected:
                HubMetrics.Refusal(rejected.Code);
                break;
            case RemindOverdueAnswer reminder:
                HubMetrics.ObligationOverdue(reminder.Flow, "reminder");
                break;
            case EscalateOverdueAnswer escalation:
                HubMetrics.ObligationOverdue(escalation.Flow, "escalation");
                break;
            default:
                break;
        }

        if (context.DestinationAddress is { } destination && _partnerQueues.TryGetValue(destination.AbsolutePath.Trim('/').Split('/')[^1], out var partner))
        {
            HubMetrics.MessageOut(FlowOf<T>.Flow, partner);
        }

        return Task.CompletedTask;
    }

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
