using System.Reflection;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using MassTransit;
using MassTransit.Serialization;

namespace Ccapex.Hub.Routing.Metrics;

/// <summary>
/// Counts what the hub sends, once the broker has it: messages to a partner's queue (ccapex.messages.out), and what
/// a hub process sends directly (refusals of unreadable bodies, ccapex.refusals; reminders, ccapex.obligations.overdue).
/// What the outbox relays goes as its stored envelope: refusals and overdue answers are counted where the hub decides
/// them (the intake, the dossier), and a relayed message's flow is read from the type the relay gives its send context.
/// </summary>
public sealed class MessagesOutObserver(CharterRules rules) : ISendObserver
{
    private readonly Dictionary<string, PartnerCode> _partnerQueues =
        rules.Partners.Append(PartnerCode.Drihl).Distinct().ToDictionary(BrokerNames.PartnerQueue, p => p, StringComparer.Ordinal);

    // The intake marks its refusals itself (they leave through the outbox, after the consume has ended).
    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

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
            HubMetrics.MessageOut(context.Message is SerializedMessageBody ? RelayedFlow(context) : FlowOf<T>.Flow, partner);
        }

        return Task.CompletedTask;
    }

    /// <summary>The charter flow of a relayed envelope, from the message type the relay gives its send context ("none" when unknown).</summary>
    private static string RelayedFlow(SendContext context) =>
        context.TryGetPayload<Persistence.RelayedMessage>(out var relayed)
            && typeof(IPartnerMessage).Assembly.GetType(relayed.MessageType) is { } type
            && type.GetCustomAttribute<CharterFlowAttribute>() is { } flow
            ? flow.Flow
            : "none";

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
