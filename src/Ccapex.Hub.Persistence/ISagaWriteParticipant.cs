namespace Ccapex.Hub.Persistence;

/// <summary>
/// Writes what belongs with a saga instance's row (the dossier's matching keys) in the transaction the store hands
/// it, the row's own (its savepoint under group commit), before the row is written: what it writes commits with
/// the row, and an exception it throws undoes the row's write and fails the message, to be retried. Register as a
/// singleton <see cref="ISagaWriteParticipant{TSaga}"/>; it reads what to write from the instance, as data.
/// </summary>
public interface ISagaWriteParticipant<in TSaga>
    where TSaga : class
{
    Task WriteAsync(TSaga instance, StoreTransaction transaction, CancellationToken cancellationToken);
}
