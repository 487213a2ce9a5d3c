namespace Ccapex.Hub.Persistence;

/// <summary>
/// Records what the outbox does in the transaction that does it: an entry written (with the row, in the saga's or the
/// writer's transaction, only when the row was inserted: a replayed entry records nothing) and rows the broker
/// confirmed (with the relay's mark). An exception fails the write it was handed, as a write participant's does.
/// Register one as a singleton <see cref="IOutboxJournal"/>; without one the outbox records nothing.
/// </summary>
public interface IOutboxJournal
{
    /// <param name="envelope">The bytes the relay will hand to the broker for this entry.</param>
    Task QueuedAsync(StoreTransaction transaction, OutboxEntry entry, string envelope, CancellationToken cancellationToken);

    /// <summary>Rows the broker confirmed, in the transaction that marks them sent.</summary>
    Task SentAsync(StoreTransaction transaction, IReadOnlyList<OutboxSent> rows, CancellationToken cancellationToken);
}
