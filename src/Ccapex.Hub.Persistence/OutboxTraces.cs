using System.Diagnostics;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Carries a trace across the outbox: the relay's send span of a row is a child of the span that wrote the row (the
/// intake's saga), so one partner message is one trace from the gateway to the addressee's queue. The writer's
/// traceparent is kept in the row's headers, so this holds after a restart and when another instance sends the row.
/// </summary>
internal static class OutboxTraces
{
    public static readonly ActivitySource Source = new("Ccapex.Hub");

    /// <summary>The relay's span for one row, under the writer's trace when the row kept it; null when nobody listens.</summary>
    public static Activity? StartSend(OutboxRow row, string? traceParent)
    {
        ActivityContext parent = default;
        if (traceParent is not null)
        {
            _ = ActivityContext.TryParse(traceParent, null, out parent);
        }

        var activity = Source.StartActivity("outbox relay", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.destination.name", row.Destination);
        activity?.SetTag("ccapex.message_type", row.MessageType[(row.MessageType.LastIndexOf('.') + 1)..]);
        return activity;
    }
}
