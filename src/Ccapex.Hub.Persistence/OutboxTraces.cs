using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Carries a trace across the outbox: the relay's send span of a row is a child of the span that wrote the row (the
/// intake's saga), so one partner message is one trace from the gateway to the addressee's queue. Held in this
/// process only, for rows to send at once (the relay sends them within milliseconds of the commit): the outbox has no
/// header column yet; when it keeps the headers it will send, the traceparent belongs there and this map goes.
/// A row sent by another instance or after a restart starts a trace of its own.
/// </summary>
internal static class OutboxTraces
{
    public static readonly ActivitySource Source = new("Ccapex.Hub");

    // Bounded: rows the relay never sends here (another instance took them) must not grow it without end; when full it
    // starts again empty (those rows' sends start traces of their own). Counted apart: ConcurrentDictionary.Count locks it all.
    private const int Capacity = 10_000;

    private static readonly ConcurrentDictionary<Guid, string> Parents = new();

    private static int _count;

    /// <summary>Keeps the writer's trace for an entry to send at once; called where the row is inserted.</summary>
    public static void Remember(OutboxEntry entry)
    {
        if (entry.TraceParent is not { } parent || entry.DueAt is not null)
        {
            return;
        }

        if (Interlocked.Increment(ref _count) > Capacity)
        {
            Parents.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        Parents[entry.MessageId] = parent;
    }

    /// <summary>The relay's span for one row, under the writer's trace when this process wrote it; null when nobody listens.</summary>
    public static Activity? StartSend(OutboxRow row)
    {
        ActivityContext parent = default;
        if (Parents.TryRemove(row.MessageId, out var traceParent))
        {
            Interlocked.Decrement(ref _count);
            _ = ActivityContext.TryParse(traceParent, null, out parent);
        }

        var activity = Source.StartActivity("outbox relay", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.destination.name", row.Destination);
        activity?.SetTag("ccapex.message_type", row.MessageType[(row.MessageType.LastIndexOf('.') + 1)..]);
        return activity;
    }
}
