using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Routing.Timeouts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// What the dossier state machine does for each charter flow. Each method is named after its flow so a
/// reader goes from the charter's action number to the rule row, to this code, to its test.
/// Nothing here sends: every outgoing message is recorded on the dossier and leaves through the outbox.
/// </summary>
public sealed partial class DossierWorkflow(CharterRules rules, IOptions<RoutingOptions> options, TimeProvider clock)
{
    private readonly RoutingOptions _options = options.Value;

    public CharterRules Rules => rules;

    /// <summary>True when the dossier's window of handled messages holds this message, from this sender.</summary>
    public static bool InWindow(Dossier dossier, Inbound inbound) => Handled(dossier, inbound.Sender, inbound.MessageId);

    /// <summary>
    /// False when this message was already handled (in the window, or <paramref name="journaled"/>: found in the
    /// journal of older ones): a redelivery changes nothing and emits nothing. Otherwise the message is remembered
    /// in the window, and a partner's message in the journal with this write.
    /// </summary>
    public bool FirstTime(Dossier dossier, Inbound inbound, bool journaled = false)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(inbound);
        if (journaled || InWindow(dossier, inbound))
        {
            return false;
        }

        Remember(dossier, inbound.Sender, inbound.MessageId);

        // Its submission is answered too: a redelivery of it after a crash must not be taken for a resubmission.
        if (inbound.SubmissionId != inbound.MessageId)
        {
            Remember(dossier, inbound.Sender, inbound.SubmissionId);
        }

        // The hub's timeouts need no journal: a stale one finds its obligation or follow-up moved on.
        if (inbound.Sender != Inbound.HubSender)
        {
            dossier.PendingHandled.Add(new HandledMessage(inbound.Sender, inbound.MessageId));
        }

        return true;
    }

    /// <summary>
    /// Common checks and routing for a message a partner sent: the sender's role, the timeline, and a
    /// minimised copy to every obligated recipient. Returns false when the message was refused.
    /// </summary>
    public bool Route<T>(Dossier dossier, Inbound inbound, T message)
        where T : class, IPartnerMessage
    {
        var rule = rules.ForMessage<T>();
        if (rule.Origin != FlowOrigin.Partner || !rule.MaySend(message.Sender))
        {
            Reject(dossier, inbound, message, RejectionCodes.SenderNotAllowed,
                $"{message.Sender} may not send {typeof(T).Name}: charter rule {rule.Flow} allows {string.Join(", ", rule.Senders)}.", rule.Flow);
            return false;
        }

        if (!Reachable(dossier, inbound, message))
        {
            return false;
        }

        if (string.IsNullOrEmpty(dossier.OpenedBy))
        {
            dossier.OpenedAt = clock.GetUtcNow();
            dossier.OpenedBy = rule.Flow;
        }

        dossier.Involve(message.Sender);
        var recipients = Deliver(dossier, inbound.MessageId, rule, message);
        dossier.Timeline.Add(new TimelineEntry
        {
            At = clock.GetUtcNow(),
            Flow = rule.Flow,
            MessageType = typeof(T).Name,
            MessageId = message.MessageId,
            From = message.Sender,
            To = recipients,
        });
        return true;
    }

    /// <summary>
    /// False, with the same refusal as for a dossier that does not exist, when the sender may not reach this
    /// dossier (<see cref="DossierReach"/>); checked before anything else looks at the dossier.
    /// </summary>
    public bool Reachable(Dossier dossier, Inbound inbound, IPartnerMessage message)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(message);
        var rule = rules.ForMessage(message.GetType());
        if (DossierReach.Allows(rules, rule, dossier, message))
        {
            return true;
        }

        var (code, reason) = DossierReach.AsIfUnknown(rule, message);
        Reject(dossier, inbound, message, code, reason, rule.Flow);
        return false;
    }

    /// <summary>Sends a message the hub emits on the secretariat's behalf (F2, F3, F5, F8, F13) under its rule.</summary>
    public IReadOnlyList<PartnerCode> Emit<T>(Dossier dossier, Guid cause, T message, string? note = null)
        where T : class
    {
        var rule = rules.ForMessage<T>();
        var recipients = Deliver(dossier, cause, rule, message);
        dossier.Timeline.Add(new TimelineEntry
        {
            At = clock.GetUtcNow(),
            Flow = rule.Flow,
            MessageType = typeof(T).Name,
            MessageId = DossierOutbox.NewId(cause, $"emit:{typeof(T).Name}"),
            From = PartnerCode.Drihl,
            To = recipients,
            Note = note,
        });
        return recipients;
    }

    public void Accept(Dossier dossier, Inbound inbound, IPartnerMessage message, bool duplicate = false, string purpose = "accepted")
    {
        var flow = rules.ForMessage(message.GetType()).Flow;
        DossierOutbox.Reply(dossier, inbound, message.Sender, new MessageAccepted
        {
            MessageId = DossierOutbox.NewId(inbound.MessageId, purpose),
            SentAt = clock.GetUtcNow(),
            InReplyTo = message.MessageId,
            Flow = flow,
            DossierId = dossier.CorrelationId,
            Duplicate = duplicate,
        }, purpose);
    }

    /// <summary>
    /// A message handled before comes back. Redelivered by the broker after a crash (same submission):
    /// nothing at all, its receipt is already in the outbox. Resubmitted by the sender (a new submission):
    /// nothing changes, and the sender gets its receipt again, marked duplicate, under an id derived from
    /// that submission, so that the outbox does not take it for the first receipt.
    /// </summary>
    public void Replay(Dossier dossier, Inbound inbound, object message)
    {
        if (message is not IPartnerMessage partnerMessage || !dossier.Timeline.Any(t => t.MessageId == partnerMessage.MessageId)
            || Handled(dossier, inbound.Sender, inbound.SubmissionId))
        {
            return;
        }

        Remember(dossier, inbound.Sender, inbound.SubmissionId);
        var purpose = $"accepted-again:{inbound.SubmissionId:N}";
        if (message is SubmitCdpNotification cdp)
        {
            ReplyCdp(dossier, inbound, cdp, duplicate: true, purpose);
        }
        else
        {
            Accept(dossier, inbound, partnerMessage, duplicate: true, purpose);
        }
    }

    /// <summary>
    /// A refusal on the dossier's state: answered, and the message is forgotten (neither in the window nor in the
    /// journal), so its id reserves nothing: the same message sent again once the dossier allows it is handled. A
    /// broker redelivery is refused again under the same ids (the outbox writes it once); a resubmission by the
    /// partner gets a refusal of its own, derived from its delivery.
    /// </summary>
    public void Reject(Dossier dossier, Inbound inbound, IPartnerMessage message, string code, string reason, string? flow)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(message);
        Forget(dossier, inbound);

        // Counted where decided (it leaves as a stored envelope); a write retried after a conflict may count it twice.
        Metrics.HubMetrics.Refusal(code);
        var purpose = inbound.SubmissionId == inbound.MessageId ? "rejected" : $"rejected:{inbound.SubmissionId:N}";
        DossierOutbox.Reply(dossier, inbound, message.Sender, new MessageRejected
        {
            MessageId = DossierOutbox.NewId(inbound.MessageId, purpose),
            SentAt = clock.GetUtcNow(),
            InReplyTo = message.MessageId,
            MessageType = message.GetType().Name,
            Code = code,
            Reason = reason,
            Rule = flow,
        }, purpose);
    }

    /// <summary>Records an expected answer and sets its first deadline as a durable timeout.</summary>
    public static void Expect(Dossier dossier, Guid cause, string flow, AnswerPolicy policy, PartnerCode partner, DateTimeOffset dueAt, Guid? followUpId = null)
    {
        var obligation = new Obligation
        {
            Id = DossierOutbox.NewId(cause, $"obligation:{flow}:{partner.Value}"),
            Flow = flow,
            ExpectedMessage = policy.Message.Name,
            Partner = partner,
            DueAt = dueAt,
            Status = ObligationStatus.Open,
            FollowUpId = followUpId,
        };
        if (dossier.Obligations.Any(o => o.Id == obligation.Id))
        {
            return;
        }

        dossier.Obligations.Add(obligation);
        dossier.Involve(partner);
        ScheduleDeadline(dossier, obligation, dueAt);
    }

    /// <summary>Closes the open obligation a partner's answer discharges, and cancels its pending reminder.</summary>
    public Obligation? Discharge(Dossier dossier, PartnerCode partner, string expectedMessage, Guid? followUpId = null)
    {
        var obligation = dossier.Obligations.FirstOrDefault(o =>
            o.Status == ObligationStatus.Open && o.Partner == partner && o.ExpectedMessage == expectedMessage
            && (followUpId is null || o.FollowUpId == followUpId));
        if (obligation is null)
        {
            return null;
        }

        obligation.Status = ObligationStatus.Answered;
        obligation.ClosedAt = clock.GetUtcNow();
        dossier.PendingCancellations.Add(DeadlineKey(obligation));
        return obligation;
    }

    private List<PartnerCode> Deliver(Dossier dossier, Guid cause, FlowRule rule, object message)
    {
        var delivered = new List<PartnerCode>();
        foreach (var recipientRule in rule.Recipients)
        {
            foreach (var recipient in Resolve(dossier, recipientRule).SelectMany(r => DossierMembers.Resolve(rules, dossier, r)).Distinct())
            {
                DossierOutbox.Deliver(dossier, cause, recipient, message, recipientRule);
                dossier.Involve(recipient);
                delivered.Add(recipient);
            }
        }

        return delivered;
    }

    private static List<PartnerCode> Resolve(Dossier dossier, RecipientRule rule) => rule.Kind switch
    {
        RecipientKind.Partner => [rule.Partner!.Value],
        RecipientKind.Addressees => dossier.Recommendations.Select(r => r.Addressee).Distinct().Where(a => rule.Among.Contains(a.Role)).ToList(),
        _ => [.. rule.Among.SelectMany(role => dossier.InvolvedPartners.Where(p => p.Role == role))],
    };

    private static void ScheduleDeadline(Dossier dossier, Obligation obligation, DateTimeOffset dueAt) =>
        DossierOutbox.Internal(
            dossier,
            obligation.Id,
            $"deadline:{obligation.RemindersSent}",
            BrokerNames.DossierQueue,
            new ObligationDeadlineReached { DossierId = dossier.CorrelationId, ObligationId = obligation.Id, RemindersSent = obligation.RemindersSent },
            dueAt,
            DeadlineKey(obligation));

    private static string DeadlineKey(Obligation obligation) => $"obligation:{obligation.Id:N}";

    private static void QueueForCafListing(Dossier dossier, Guid cause, SubmitCdpNotification cdp) =>
        DossierOutbox.Internal(dossier, cause, "caf-listing-line", BrokerNames.CafListingQueue, new QueueCafListingLine
        {
            Line = new CafListingLine
            {
                DossierId = dossier.CorrelationId,
                Tenants = cdp.Household.Tenants,
                Address = cdp.Household.Address,
                HouseholdSize = cdp.Household.Size,
                CafAllocataireNumber = cdp.CafAllocataireNumber,
                MonthlyRent = cdp.MonthlyRent,
                MonthlyCharges = cdp.MonthlyCharges,
                ArrearsAmount = cdp.ArrearsAmount,
                HousingBenefit = cdp.HousingBenefit,
                BenefitPaidToLandlord = cdp.BenefitPaidToLandlord,
                CdpDeliveredOn = cdp.DeliveredOn,
            },
        });

    private DateTimeOffset Now => clock.GetUtcNow();

    private void Alert(Dossier dossier, Guid cause, string code, string description)
    {
        // The alert's own id causes its delivery: one message can raise several alerts for the DRIHL, and
        // deliveries derived from the message alone would share one outbox id, so all but the first were dropped.
        var alertId = DossierOutbox.NewId(cause, $"alert:{code}");
        DossierOutbox.Deliver(dossier, alertId, PartnerCode.Drihl, new ProcedureAlertRaised
        {
            MessageId = alertId,
            SentAt = Now,
            DossierId = dossier.CorrelationId,
            Code = code,
            Description = description,
            Stage = dossier.Stage,
        });
        dossier.Timeline.Add(new TimelineEntry
        {
            At = Now,
            Flow = "alert",
            MessageType = nameof(ProcedureAlertRaised),
            MessageId = alertId,
            From = PartnerCode.Drihl,
            To = [PartnerCode.Drihl],
            Note = $"{code}: {description}",
        });
    }

    private static bool Handled(Dossier dossier, string sender, Guid id) => dossier.HandledMessages.Exists(h => h.Matches(sender, id));

    /// <summary>
    /// Adds to the window and drops its oldest entries past its size. A dropped entry from before ids were scoped has
    /// no sender and was never journaled: it goes to the journal now, under the sender its timeline entry names.
    /// </summary>
    private void Remember(Dossier dossier, string sender, Guid id)
    {
        dossier.HandledMessages.Add(new HandledMessage(sender, id));
        var excess = dossier.HandledMessages.Count - _options.HandledMessageWindow;
        if (excess <= 0)
        {
            return;
        }

        foreach (var dropped in dossier.HandledMessages.Take(excess).Where(h => h.Sender.Length == 0))
        {
            if (dossier.Timeline.FirstOrDefault(t => t.MessageId == dropped.Id) is { } entry)
            {
                dossier.PendingHandled.Add(new HandledMessage(entry.From.Value, dropped.Id));
            }
        }

        dossier.HandledMessages.RemoveRange(0, excess);
        dossier.HandledWindowTrimmed = true;
    }

    private static void Forget(Dossier dossier, Inbound inbound)
    {
        bool Refused(HandledMessage h) => h.Sender == inbound.Sender && (h.Id == inbound.MessageId || h.Id == inbound.SubmissionId);
        dossier.HandledMessages.RemoveAll(Refused);
        dossier.PendingHandled.RemoveAll(Refused);
    }

    private static void Advance(Dossier dossier, ProcedureStage stage)
    {
        if (stage > dossier.Stage)
        {
            dossier.Stage = stage;
        }
    }
}
