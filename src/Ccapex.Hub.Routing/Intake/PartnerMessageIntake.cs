using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Validation;
using MassTransit;
using MassTransit.Saga;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// The gate every partner message passes: field validation, the sender's role under the charter rule, and the
/// dossier it concerns. A refusal here answers at once and changes nothing; an accepted message is forwarded
/// to its dossier, whose receipt (or stateful refusal) leaves through the outbox once the dossier is saved.
/// </summary>
public sealed partial class PartnerMessageIntake<T>(
    CharterRules rules,
    IDossierDirectory directory,
    IEnumerable<IMessageValidator<T>> validators,
    DossierEntry<T> entry,
    ISagaRepositoryContextFactory<Dossier> dossiers,
    TimeProvider clock,
    ILogger<PartnerMessageIntake<T>> logger,
    Audit.IIntakeRefusals refusals,
    Metrics.RefusedMessages? refused = null) : IConsumer<T>
    where T : class, IPartnerMessage
{
    public async Task Consume(ConsumeContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var message = context.Message;
        var edge = new Edge(PublishingPartner.Of(context, rules, out var exchange), exchange);
        if (!await AddressesFromTheEdge(context, edge) || !await SenderAuthenticated(context, edge))
        {
            return;
        }

        var errors = validators.SelectMany(v => v.Validate(message)).ToList();
        if (errors.Count > 0)
        {
            await Refuse(context, edge, RejectionCodes.ValidationFailed, $"{typeof(T).Name} has {errors.Count} invalid field(s).", null, errors);
            return;
        }

        var rule = rules.ForMessage<T>();
        if (rule.Origin == FlowOrigin.Hub)
        {
            await Refuse(context, edge, RejectionCodes.HubOnly, $"{typeof(T).Name} ({rule.Flow}) is sent by the hub, never to it.", rule.Flow);
            return;
        }

        if (MemberCheck.Check(rules, message) is { } member)
        {
            await Refuse(context, edge, member.Code, member.Reason, rule.Flow);
            return;
        }

        if (!rule.MaySend(message.Sender))
        {
            await Refuse(context, edge, RejectionCodes.SenderNotAllowed,
                $"{message.Sender} may not send {typeof(T).Name}: charter rule {rule.Flow} allows {string.Join(", ", rule.Senders)}.", rule.Flow);
            return;
        }

        if (rule.CheckContent(message) is { } content)
        {
            await Refuse(context, edge, content.Code, content.Reason, rule.Flow);
            return;
        }

        var opening = await Resolve(context, edge, rule);
        if (opening is null)
        {
            return;
        }

        // The dossier is written here, in this consume: no second trip through the broker. The body's id, not the
        // transport's, identifies the message (a raw-JSON redelivery must be recognised by the dossier); the
        // partner's delivery tells a crash's redelivery from a resubmission by it.
        await entry.ApplyAsync(dossiers, context, opening.DossierId, message.MessageId, context.MessageId ?? message.MessageId, opening.KeysToFile,
            Audit.JournalArrivals.Of(context, edge.Exchange, edge.Publisher, rule.Flow));
        LogApplied(typeof(T).Name, message.MessageId, message.Sender, opening.DossierId, rule.Flow);
    }

    /// <summary>
    /// The hub never sends where a partner says (issue 10, item 1): a partner's delivery carrying a response or a
    /// fault address is refused, the refusal on that partner's own queue; a delivery through the hub's intake
    /// exchanges may only ask for an answer on a hub process's temporary queue, else it is dropped with a warning
    /// (only the hub's processes write there: such an address is a defect, not a partner to answer).
    /// </summary>
    private async Task<bool> AddressesFromTheEdge(ConsumeContext<T> context, Edge edge)
    {
        if (edge.Exchange is { } exchange)
        {
            if (!EdgeAddresses.CarriesAddresses(context))
            {
                return true;
            }

            if (edge.Publisher is { } partner)
            {
                await Refuse(context, edge, EdgeAddresses.AddressesRefused,
                    $"{typeof(T).Name} carries a response or fault address: the hub answers on your own queue {BrokerNames.PartnerQueue(partner)} and honours no address a message names.",
                    null);
            }
            else
            {
                LogRefused(typeof(T).Name, context.Message.MessageId, context.Message.Sender, EdgeAddresses.AddressesRefused, $"exchange {exchange} names no partner");
            }

            return false;
        }

        if ((context.ResponseAddress is null || EdgeAddresses.IsHubResponseAddress(context.ResponseAddress, context.ReceiveContext.InputAddress))
            && (context.FaultAddress is null || EdgeAddresses.IsHubResponseAddress(context.FaultAddress, context.ReceiveContext.InputAddress)))
        {
            return true;
        }

        LogRefused(typeof(T).Name, context.Message.MessageId, context.Message.Sender, EdgeAddresses.AddressesRefused, "an address that is not a hub process's temporary queue");
        return false;
    }

    /// <summary>
    /// Through a partner's exchange, the body must name that partner as its sender; the refusal goes to the
    /// publishing partner's queue, never to the partner it named. Other ways in (the hub's own intake exchanges)
    /// keep trusting the body.
    /// </summary>
    private async Task<bool> SenderAuthenticated(ConsumeContext<T> context, Edge edge)
    {
        if (edge.Exchange is not { } exchange || edge.Publisher == context.Message.Sender)
        {
            return true;
        }

        if (edge.Publisher is not { } partner)
        {
            // Only the hub's provisioning creates these exchanges: an unknown one has nobody to answer.
            LogRefused(typeof(T).Name, context.Message.MessageId, context.Message.Sender, RejectionCodes.SenderNotAuthenticated, $"exchange {exchange} names no partner");
            return false;
        }

        await Refuse(context, edge, RejectionCodes.SenderNotAuthenticated,
            $"{typeof(T).Name} names {context.Message.Sender} as its sender but was published by {partner} (exchange {exchange}): a partner sends only in its own name.",
            null);
        return false;
    }

    private async Task<DossierOpening?> Resolve(ConsumeContext<T> context, Edge edge, FlowRule rule)
    {
        var (given, allKeys) = DossierMatchKeys.For(context.Message);
        var keys = DossierMatchKeys.UsableBy(allKeys, context.Message.Sender, rules.Reach);
        var token = context.CancellationToken;
        if (given is { } id)
        {
            if (await directory.ExistsAsync(id, token))
            {
                return DossierOpening.Known(id);
            }

            await Refuse(context, edge, RejectionCodes.DossierUnknown, DossierReach.UnknownReason(id), rule.Flow);
            return null;
        }

        if (await directory.FindAsync(keys, token) is { } found)
        {
            // Found by a later key (the household): file the message's other keys under the dossier too, or a
            // new CDP for a known household leaves its act unknown, and a stage naming only that act is refused.
            return keys.Count > 1 ? await directory.OpenAsync(keys, found, token) : DossierOpening.Known(found);
        }

        if (rule.OpensDossier && keys.Count > 0)
        {
            // The candidate id derives from the message and its sender: a redelivery proposes the same dossier, and
            // another partner reusing the id (a CSV CDP's id is predictable) cannot propose it first (issue 10, item 4).
            return await directory.OpenAsync(keys, DeterministicGuid.Create(MessageScope.Of(context.Message.MessageId, context.Message.Sender), "dossier"), token);
        }

        await Refuse(context, edge, RejectionCodes.DossierNotFound, DossierReach.NotFoundReason(typeof(T)), rule.Flow);
        return null;
    }

    /// <summary>
    /// Answers a refusal where the edge says: a partner's delivery on that partner's own queue, whatever the message
    /// names; through the hub's intake exchanges, the response address AddressesFromTheEdge has checked (a hub
    /// process's temporary queue), else the sender's queue (only the hub's own processes write there).
    /// </summary>
    private Task Refuse(ConsumeContext<T> context, Edge edge, string code, string reason, string? flow, IReadOnlyList<FieldError>? errors = null)
    {
        LogRefused(typeof(T).Name, context.Message.MessageId, context.Message.Sender, code, reason);

        // Within the consume, so that the count of messages in sees it as refused (the rejection leaves later, through the outbox).
        refused?.Add(context.Message.MessageId);

        // Counted where decided: the rejection leaves as the outbox row's stored envelope, which the send observers do not read.
        Metrics.HubMetrics.Refusal(code);
        // The rejection's id derives from the delivery: a redelivery is refused under the same id (one outbox row, one journal row).
        var who = edge.Publisher ?? context.Message.Sender;
        var rejection = new MessageRejected
        {
            MessageId = DeterministicGuid.Create(MessageScope.Of(context.MessageId ?? context.Message.MessageId, who), "intake-rejected"),
            SentAt = clock.GetUtcNow(),
            InReplyTo = context.Message.MessageId,
            MessageType = typeof(T).Name,
            Code = code,
            Reason = reason,
            Errors = errors ?? [],
            Rule = flow,
        };
        var arrival = Audit.JournalArrivals.Of(context, edge.Exchange, edge.Publisher, flow);
        if (edge.Exchange is null && context.ResponseAddress is not null)
        {
            return refusals.RefuseAsync(context, context.ResponseAddress, respond: true, rejection, arrival);
        }

        if (!rules.IsIdentity(who))
        {
            // No such queue exists, and the hub never declares one on a sender's word: a hub process's defect, logged above.
            return Task.CompletedTask;
        }

        return refusals.RefuseAsync(context, new Uri(BrokerNames.Queue(BrokerNames.PartnerQueue(who))), respond: false, rejection, arrival);
    }

    /// <summary>Who published the delivery, as the broker vouches for it (null through the hub's intake exchanges).</summary>
    private sealed record Edge(PartnerCode? Publisher, string? Exchange);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{MessageType} {MessageId} from {Sender} applied to dossier {DossierId} ({Flow})")]
    private partial void LogApplied(string messageType, Guid messageId, PartnerCode sender, Guid dossierId, string flow);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} {MessageId} from {Sender} refused: {Code} {Reason}")]
    private partial void LogRefused(string messageType, Guid messageId, PartnerCode sender, string code, string reason);
}
