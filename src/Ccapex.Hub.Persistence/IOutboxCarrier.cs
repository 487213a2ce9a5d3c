namespace Ccapex.Hub.Persistence;

/// <summary>
/// A saga instance that records what it wants sent instead of sending it, so that state and
/// outgoing messages commit together (nothing lost if the hub dies between the two).
/// </summary>
public interface IOutboxCarrier
{
    /// <summary>Entries added while handling the current message; the repository drains it on save.</summary>
    List<OutboxEntry> PendingOutbox { get; }

    /// <summary>Cancel keys of scheduled entries to remove in the same transaction.</summary>
    List<string> PendingCancellations { get; }
}
