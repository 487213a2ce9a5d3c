using System.Data.Common;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// A write that commits with the saga's write in the same consume (same transaction, same savepoint), or in a
/// transaction of its own when the saga writes nothing: carried by the consume context
/// (<see cref="IPendingWriteContext"/>) and read by the hub's saga repository. The intake files a new dossier's keys this way, so the keys and the dossier are one commit, and a
/// write that fails (a key taken meanwhile) undoes the saga's with it.
/// </summary>
public sealed class PendingStoreWrite(Func<DbConnection, DbTransaction, CancellationToken, Task> write)
{
    internal bool Committed { get; private set; }

    internal Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        write(connection, transaction, cancellationToken);

    internal void MarkCommitted() => Committed = true;
}
