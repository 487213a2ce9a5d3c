using System.Data.Common;
using System.Text.Json;
using MassTransit;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// The database work of one message for one saga type: one connection, opened on first use.
/// Each write (save, update, delete) is one transaction holding the saga row and its outbox rows,
/// with optimistic concurrency on the row's version; with group commit, a savepoint in a transaction
/// shared with concurrent messages (<see cref="GroupCommit"/>), acknowledged once that one commits.
/// </summary>
internal sealed class HubSagaSession<TSaga> : IAsyncDisposable
    where TSaga : class, ISagaVersion
{
    private readonly HubStore _store;
    private readonly HubSagaRepositoryOptions<TSaga> _options;
    private readonly OutboxSignal _signal;
    private readonly List<OutboxBatch> _discarded = [];
    private readonly ISagaWriteParticipant<TSaga>[] _participants;
    private DbConnection? _connection;

    /// <param name="participants">What writes its rows with the instance's row (<see cref="ISagaWriteParticipant{TSaga}"/>).</param>
    public HubSagaSession(HubStore store, HubSagaRepositoryOptions<TSaga> options, OutboxSignal signal,
        IReadOnlyList<ISagaWriteParticipant<TSaga>>? participants = null)
    {
        _store = store;
        _options = options;
        _signal = signal;
        _participants = [.. participants ?? []];
    }

    private SqlDialect Dialect => _store.Dialect;

    private string Table => _options.Table;

    /// <summary>
    /// Inserts a new instance at version 1, in its own transaction, before the state machine runs
    /// (what MassTransit's pipe expects for initial events). False when the row already exists:
    /// the pipe then loads it instead.
    /// </summary>
    public async Task<bool> TryInsertAsync(TSaga instance, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken).ConfigureAwait(false);
        instance.Version = 1;
        if (await InsertRowAsync(connection, null, instance, cancellationToken).ConfigureAwait(false) == 1)
        {
            return true;
        }

        instance.Version = 0;
        return false;
    }

    public async Task<TSaga?> LoadAsync(Guid correlationId, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken).ConfigureAwait(false);
        var command = Dialect.Command(connection, null, $"SELECT version, body FROM {Table} WHERE correlation_id = @id", ("@id", correlationId));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var instance = JsonSerializer.Deserialize<TSaga>(reader.GetString(1), _options.EffectiveJson)
                    ?? throw new InvalidOperationException($"{Table} {correlationId}: the stored body is JSON null.");
                // The columns are the truth; the copies inside the body are informative only.
                instance.CorrelationId = correlationId;
                instance.Version = reader.GetInt32(0);
                return instance;
            }
        }
    }

    /// <summary>Inserts an instance created by a missing-saga policy, with its outbox rows.</summary>
    public async Task SaveAsync(TSaga instance, CancellationToken cancellationToken)
    {
        instance.Version = 1;
        try
        {
            await WriteAsync(instance, (connection, transaction) => InsertRowAsync(connection, transaction, instance, cancellationToken),
                "was inserted by another message meanwhile", cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            instance.Version = 0;
            throw;
        }
    }

    /// <summary>Replaces the row if its version is still the one loaded, bumping it.</summary>
    public async Task UpdateAsync(TSaga instance, CancellationToken cancellationToken)
    {
        var expected = instance.Version;
        instance.Version = expected + 1;
        try
        {
            await WriteAsync(instance, (connection, transaction) => Dialect.ExecuteAsync(connection, transaction,
                    $"""
                    UPDATE {Table} SET version = @version, current_state = @state, body = @body, updated_at = @now
                    WHERE correlation_id = @id AND version = @expected
                    """,
                    cancellationToken,
                    ("@version", instance.Version), ("@state", _options.CurrentState?.Invoke(instance)), ("@body", Serialize(instance)),
                    ("@now", Now), ("@id", instance.CorrelationId), ("@expected", expected)),
                $"version {expected} was changed by another message", cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            instance.Version = expected;
            throw;
        }
    }

    /// <summary>Deletes a finalized instance if its version is still the one loaded; its last outbox rows commit with the delete.</summary>
    public Task DeleteAsync(TSaga instance, CancellationToken cancellationToken) =>
        WriteAsync(instance, (connection, transaction) => Dialect.ExecuteAsync(connection, transaction,
                $"DELETE FROM {Table} WHERE correlation_id = @id AND version = @expected",
                cancellationToken, ("@id", instance.CorrelationId), ("@expected", instance.Version)),
            $"version {instance.Version} was changed by another message", cancellationToken);

    /// <summary>
    /// An instance created and finalized by the same message has no row, but its outbox entries
    /// (a rejection, say) must still go. MassTransit also discards on failure, so the entries are
    /// kept here and written by <see cref="CompleteAsync"/> only if the whole message succeeded.
    /// </summary>
    public void Discard(TSaga instance)
    {
        var batch = OutboxBatch.From(instance);
        if (batch is not null)
        {
            _discarded.Add(batch);
        }

        OutboxBatch.Clear(instance);
    }

    /// <summary>Called once the message went through the saga without error.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_discarded.Count == 0)
        {
            return;
        }

        await _store.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var batch in _discarded)
            {
                await OutboxWriter.WriteAsync(_store, connection, transaction, batch, Now, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken, await ConnectionAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

        CrashPoint.Reach(CrashPoint.SagaCommitted, Table);
        _discarded.Clear();
        _signal.Notify();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private DateTimeOffset Now => _store.Time.GetUtcNow();

    /// <summary>
    /// One transaction: first what the participants write with the row, then the saga row change (0 rows means
    /// another message won: ConcurrencyException), then the instance's item rows and outbox rows.
    /// The pending lists are emptied only after the commit.
    /// </summary>
    private async Task WriteAsync(TSaga instance, Func<DbConnection, DbTransaction, Task<int>> change, string conflict, CancellationToken cancellationToken)
    {
        var batch = OutboxBatch.From(instance);
        var items = SagaItemBatch.From(instance);
        await _store.InTransactionAsync(async (connection, transaction) =>
        {
            if (_participants.Length > 0)
            {
                var handed = new StoreTransaction(Dialect, connection, transaction, Now);
                foreach (var participant in _participants)
                {
                    await participant.WriteAsync(instance, handed, cancellationToken).ConfigureAwait(false);
                }
            }

            if (await change(connection, transaction).ConfigureAwait(false) == 0)
            {
                throw Conflict(instance, conflict);
            }

            if (items is not null)
            {
                await items.WriteAsync(Dialect, connection, transaction, Now, cancellationToken).ConfigureAwait(false);
            }

            if (batch is not null)
            {
                await OutboxWriter.WriteAsync(_store, connection, transaction, batch, Now, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken, await ConnectionAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

        // Crash tests: committed, but the message is not acked and the relay has not been woken.
        CrashPoint.Reach(CrashPoint.SagaCommitted, Table);
        OutboxBatch.Clear(instance);
        SagaItemBatch.Clear(instance);
        if (batch is not null)
        {
            _signal.Notify();
        }
    }

    // 0 rows when the instance exists already: no error to catch, and none in the server's log.
    private Task<int> InsertRowAsync(DbConnection connection, DbTransaction? transaction, TSaga instance, CancellationToken cancellationToken) =>
        Dialect.ExecuteAsync(connection, transaction,
            $"""
            INSERT INTO {Table} (correlation_id, version, current_state, body, created_at, updated_at)
            VALUES (@id, @version, @state, @body, @now, @now)
            ON CONFLICT (correlation_id) DO NOTHING
            """,
            cancellationToken,
            ("@id", instance.CorrelationId), ("@version", instance.Version), ("@state", _options.CurrentState?.Invoke(instance)),
            ("@body", Serialize(instance)), ("@now", Now));

    private string Serialize(TSaga instance) => JsonSerializer.Serialize(instance, _options.EffectiveJson);

    private ConcurrencyException Conflict(TSaga instance, string what) =>
        new($"{Table} {instance.CorrelationId}: {what}.", typeof(TSaga), instance.CorrelationId);

    private async Task<DbConnection> ConnectionAsync(CancellationToken cancellationToken) =>
        _connection ??= await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
}
