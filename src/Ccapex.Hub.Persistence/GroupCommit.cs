using System.Data.Common;
using System.Globalization;
using System.Threading.Channels;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Group commit: the transactions of concurrent consumers (saga writes, dossier keys, schedules) run one
/// after the other inside one database transaction, so one durable commit (one fsync) serves them all.
/// Each runs inside a savepoint: one that fails (a version conflict, a constraint) is rolled back alone and
/// its caller gets its exception, the others still commit. A caller's task completes only once the
/// transaction holding its work is committed, so the message is acknowledged after its state is durable.
/// The writer takes what is waiting when it starts a transaction, at most <see cref="MaxGroup"/>: under a
/// light load a group is one transaction, as before; under load, commits stop being one per message.
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable
{
    /// <summary>Enough to cover every consumer of two endpoints at the default prefetch (2 × 32).</summary>
    public const int MaxGroup = 64;

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Channel<Work> _queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private DbConnection? _connection;
    private int _committedGroups;
    private long _committedWrites;

    public GroupCommit(Func<CancellationToken, Task<DbConnection>> open)
    {
        _open = open;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Transactions committed so far (each holding one group): a diagnostic for tests.</summary>
    public int CommittedGroups => Volatile.Read(ref _committedGroups);

    /// <summary>Callers' works committed so far: with <see cref="CommittedGroups"/>, how many writes a commit serves.</summary>
    public long CommittedWrites => Interlocked.Read(ref _committedWrites);

    /// <summary>Runs <paramref name="work"/> in the next group's transaction; completes once that transaction is committed.</summary>
    public Task RunAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken)
    {
        var item = new Work(work, cancellationToken);
        if (!_queue.Writer.TryWrite(item))
        {
            throw new ObjectDisposedException(nameof(GroupCommit), "The store is stopping: no more writes.");
        }

        return item.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task WriteAsync()
    {
        var group = new List<Work>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var item))
            {
                // A caller that gave up before its work started gets nothing written.
                if (item.CancellationToken.IsCancellationRequested)
                {
                    item.Done.TrySetCanceled(item.CancellationToken);
                }
                else
                {
                    group.Add(item);
                }
            }

            if (group.Count > 0)
            {
                await CommitAsync(group).ConfigureAwait(false);
            }
        }
    }

    private async Task CommitAsync(List<Work> group)
    {
        var committed = new List<Work>(group.Count);
#pragma warning disable CA1031 // Any failure of the group's transaction belongs to its callers, who retry; the writer goes on.
        try
        {
            _connection ??= await _open(CancellationToken.None).ConfigureAwait(false);
            var transaction = await _connection.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                for (var i = 0; i < group.Count; i++)
                {
                    if (await TryRunAsync(transaction, group[i], group.Count > 1 ? "w" + i.ToString(CultureInfo.InvariantCulture) : null).ConfigureAwait(false))
                    {
                        committed.Add(group[i]);
                    }
                }

                if (committed.Count > 0)
                {
                    await transaction.CommitAsync().ConfigureAwait(false);
                    Interlocked.Increment(ref _committedGroups);
                    Interlocked.Add(ref _committedWrites, committed.Count);
                }
            }
        }
        catch (Exception exception)
        {
            // The commit itself (or the connection) failed: no caller can count on its work, so all of
            // them fail and their messages are retried; the next group opens a fresh connection.
            foreach (var item in group)
            {
                item.Done.TrySetException(exception);
            }

            await ResetConnectionAsync().ConfigureAwait(false);
            return;
        }
#pragma warning restore CA1031

        foreach (var item in committed)
        {
            item.Done.TrySetResult();
        }
    }

    /// <summary>One caller's work inside its savepoint (none when it is alone: the transaction is its own).</summary>
#pragma warning disable CA1031 // The work's exception is handed to its caller, whatever it is.
    private async Task<bool> TryRunAsync(DbTransaction transaction, Work item, string? savepoint)
    {
        if (savepoint is not null)
        {
            await transaction.SaveAsync(savepoint).ConfigureAwait(false);
        }

        try
        {
            await item.Run(_connection!, transaction).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            if (savepoint is null)
            {
                await transaction.RollbackAsync().ConfigureAwait(false);
            }
            else
            {
                await transaction.RollbackAsync(savepoint).ConfigureAwait(false);
            }

            item.Done.TrySetException(exception);
            return false;
        }

        if (savepoint is not null)
        {
            await transaction.ReleaseAsync(savepoint).ConfigureAwait(false);
        }

        return true;
    }
#pragma warning restore CA1031

    private async Task ResetConnectionAsync()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Already broken: the next group opens a new one.
        }

        _connection = null;
    }

    private sealed record Work(Func<DbConnection, DbTransaction, Task> Run, CancellationToken CancellationToken)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
