namespace Ccapex.Hub.Persistence;

/// <summary>
/// A saga instance whose large collection lives in the <c>saga_item</c> table instead of its body: each
/// message appends a few rows in the saga row's transaction instead of rewriting the whole collection.
/// Read the rows back with <see cref="SagaItemStore"/>. An instance discarded (created and finalized by one
/// message) has no row, so its items are not written either.
/// </summary>
public interface ISagaItemCarrier
{
    /// <summary>Items added while handling the current message; the repository inserts them with the saga row.</summary>
    List<SagaItem> PendingItems { get; }

    /// <summary>Groups whose items the repository deletes with the saga row (a collection no longer needed).</summary>
    List<Guid> RetiredItemGroups { get; }
}
