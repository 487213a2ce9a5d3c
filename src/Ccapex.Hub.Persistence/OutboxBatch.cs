namespace Ccapex.Hub.Persistence;

/// <summary>What one saga instance asked to be written to the outbox, taken from its pending lists.</summary>
internal sealed record OutboxBatch(IReadOnlyList<OutboxEntry> Entries, IReadOnlyList<string> Cancellations)
{
    /// <summary>A copy of the instance's pending lists, or null when it carries nothing.</summary>
    public static OutboxBatch? From(object instance)
    {
        if (instance is not IOutboxCarrier carrier)
        {
            return null;
        }

        OutboxEntry[] entries = [.. carrier.PendingOutbox ?? []];
        string[] cancellations = [.. carrier.PendingCancellations ?? []];
        return entries.Length == 0 && cancellations.Length == 0 ? null : new OutboxBatch(entries, cancellations);
    }

    /// <summary>Empties the instance's pending lists once their content is committed.</summary>
    public static void Clear(object instance)
    {
        if (instance is not IOutboxCarrier carrier)
        {
            return;
        }

        carrier.PendingOutbox?.Clear();
        carrier.PendingCancellations?.Clear();
    }
}
