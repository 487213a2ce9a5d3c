using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// The hub's database (SQLite or PostgreSQL): opens configured connections and creates the
/// schema once per process, before the first use.
/// </summary>
public sealed partial class HubStore : IAsyncDisposable
{
    private readonly HubSagaTable[] _sagaTables;
    private readonly IHubStoreSchema[] _schemas;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private readonly GroupCommit[] _groupCommit;
    private readonly ILogger _logger;
    private int _nextWriter;
    private volatile bool _created;

    /// <param name="schemas">Other projects' tables in this store (<see cref="IHubStoreSchema"/>).</param>
    /// <param name="destinations">Where outbox rows may go; by default any queue, under the address rules.</param>
    /// <param name="outboxJournal">What records the outbox's entries and confirmed sends (the delivery journal); none by default.</param>
    public HubStore(IOptions<HubStoreOptions> options, IEnumerable<HubSagaTable> sagaTables, TimeProvider timeProvider,
        ILogger<HubStore>? logger = null, IEnumerable<IHubStoreSchema>? schemas = null, OutboxDestinations? destinations = null,
        IOutboxJournal? outboxJournal = null)
    {
        OutboxJournal = outboxJournal;
        Destinations = destinations ?? OutboxDestinations.AnyQueue;
        _schemas = [.. schemas ?? []];
        _logger = logger ?? NullLogger<HubStore>.Instance;
        ArgumentNullException.ThrowIfNull(options);
        Dialect = SqlDialect.Create(options.Value);
        _groupCommit = options.Value.GroupCommit ? [.. Enumerable.Range(0, Dialect.GroupCommitWriters).Select(_ => new GroupCommit(Dialect.OpenAsync))] : [];
        _sagaTables = [.. sagaTables];
        Time = timeProvider;
    }

    public StoreProvider Provider => Dialect.Provider;

    internal SqlDialect Dialect { get; }

    internal TimeProvider Time { get; }

    /// <summary>Where outbox rows may go: checked when a row is written, and by the relay before it sends one.</summary>
    internal OutboxDestinations Destinations { get; }

    /// <summary>Records outbox entries and confirmed sends in their own transactions (<see cref="IOutboxJournal"/>), or null.</summary>
    internal IOutboxJournal? OutboxJournal { get; }

    /// <summary>
    /// The address of the bus the relay sends with (the envelope's source, and the host its <c>queue:</c> destinations
    /// resolve on), set when the relay is built: before the bus starts, so before any consumer writes a row.
    /// </summary>
    internal Uri? BusAddress { get; set; }

    /// <summary>Writes committed through group commit so far, all writers together: a diagnostic for tests.</summary>
    internal long GroupCommittedWrites => _groupCommit.Sum(w => w.CommittedWrites);

    /// <summary>An open connection with the store's session settings applied; the caller disposes it.</summary>
    public Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) => Dialect.OpenAsync(cancellationToken);

    /// <summary>
    /// Creates what is missing (tables, indexes, the schema version row). Runs once per process;
    /// concurrent callers wait for the first, and a failed attempt is retried by the next caller.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_created)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_created)
            {
                return;
            }

            await CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
            _created = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction of the store, handed to it, and returns once that transaction
    /// committed (with group commit, shared with concurrent writes, <paramref name="work"/> in a savepoint of its own).
    /// </summary>
    public Task WriteAsync(Func<StoreTransaction, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return InTransactionAsync((connection, transaction) => work(new StoreTransaction(Dialect, connection, transaction, Time.GetUtcNow())),
            cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="entries"/> to the outbox with whatever <paramref name="work"/> writes, in one transaction
    /// of the store (their destinations checked first, as a saga's), and returns once it committed. The relay sends
    /// them at its next round: wake it (<see cref="OutboxSignal.Notify"/>) for a send at once.
    /// </summary>
    /// <exception cref="OutboxDestinationRefusedException">An entry's destination is not one the hub knows: nothing is written.</exception>
    public Task WriteWithOutboxAsync(IReadOnlyList<OutboxEntry> entries, Func<StoreTransaction, Task>? work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return InTransactionAsync(async (connection, transaction) =>
        {
            var now = Time.GetUtcNow();
            if (work is not null)
            {
                await work(new StoreTransaction(Dialect, connection, transaction, now)).ConfigureAwait(false);
            }

            await OutboxWriter.WriteAsync(this, connection, transaction, new OutboxBatch(entries, []), now, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="read"/> on a connection of its own, outside any transaction (schema ensured first).</summary>
    public async Task<T> ReadAsync<T>(Func<StoreTransaction, Task<T>> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await read(new StoreTransaction(Dialect, connection, null, Time.GetUtcNow())).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction (schema ensured first) and commits it: with group commit, the
    /// transaction of the next group (shared with concurrent callers, <paramref name="work"/> in a savepoint of its
    /// own); otherwise one of its own, on <paramref name="connection"/> or a new one. Returns once committed.
    /// </summary>
    internal async Task InTransactionAsync(Func<DbConnection, DbTransaction, Task> work, CancellationToken cancellationToken,
        DbConnection? connection = null)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (_groupCommit.Length > 0)
        {
            var writer = _groupCommit[(int)((uint)Interlocked.Increment(ref _nextWriter) % (uint)_groupCommit.Length)];
            await writer.RunAsync(work, cancellationToken).ConfigureAwait(false);
            return;
        }

        var own = connection is null ? await OpenConnectionAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            var transaction = await (connection ?? own)!.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await work((connection ?? own)!, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await Dialect.PrepareSchemaAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                var types = new StoreColumnTypes(Dialect.UuidType, Dialect.TimestampType, Dialect.IdentityColumn);
                foreach (var statement in HubSchema.Statements(Dialect, _sagaTables).Concat(_schemas.SelectMany(s => s.Statements(types))))
                {
                    await Dialect.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                }

                foreach (var (table, column, type) in HubSchema.AddedColumns)
                {
                    await Dialect.AddColumnIfMissingAsync(connection, transaction, table, column, type, cancellationToken).ConfigureAwait(false);
                }

                await Dialect.ExecuteAsync(connection, transaction,
                    "INSERT INTO schema_version (version, applied_at) VALUES (@version, @now) ON CONFLICT (version) DO NOTHING",
                    cancellationToken, ("@version", HubSchema.Version), ("@now", Time.GetUtcNow())).ConfigureAwait(false);
                await CheckVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // A newer hub may have migrated the database past what this code knows: refuse rather than corrupt it.
    private async Task CheckVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var found = Convert.ToInt32(
            await Dialect.ScalarAsync(connection, transaction, "SELECT MAX(version) FROM schema_version", cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        if (found > HubSchema.Version)
        {
            throw new InvalidOperationException($"The hub store is at schema version {found}; this build knows version {HubSchema.Version} only.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _groupCommit)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        var (writes, commits) = (_groupCommit.Sum(w => w.CommittedWrites), _groupCommit.Sum(w => w.CommittedGroups));
        if (commits > 0)
        {
            Log.GroupCommitTotals(_logger, writes, commits, (double)writes / commits);
        }

        await Dialect.DisposeAsync().ConfigureAwait(false);
        _schemaGate.Dispose();
    }

    private static partial class Log
    {
        // What group commit bought in this process: the bench and operators read it in the log at stop.
        [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Group commit: {Writes} writes in {Commits} commits ({PerCommit:F1} writes per commit)")]
        public static partial void GroupCommitTotals(ILogger logger, long writes, int commits, double perCommit);
    }
}
