using System.Diagnostics.Metrics;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Webhooks;

/// <summary>ccapex.webhook.deliveries on the meter "Ccapex.Hub": each delivery's end, by partner and outcome (docs/operations.md).</summary>
internal static class WebhookMetrics
{
    private static readonly Meter Meter = new("Ccapex.Hub");

    private static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "ccapex.webhook.deliveries", "{message}", "Webhook deliveries by partner and outcome: delivered (2xx), parked (refused, retries exhausted, unreadable), circuit_open (paused, delivered later).");

    public static void Delivered(PartnerCode partner) => Count(partner, "delivered");

    public static void Parked(PartnerCode partner) => Count(partner, "parked");

    public static void CircuitOpen(PartnerCode partner) => Count(partner, "circuit_open");

    private static void Count(PartnerCode partner, string outcome) => Deliveries.Add(1, new("partner", partner.Value), new("outcome", outcome));
}
