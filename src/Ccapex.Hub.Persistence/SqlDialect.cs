using System.Data.Common;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL, kept in one place: how to connect,
/// three column types, how concurrent relays claim rows, and how parameter values are written.
/// All SQL elsewhere is common to both.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    public abstract StoreProvider Provider { get; }

    public abstract string UuidType { get; }

    public abstract string TimestampType { get; }

    /// <summary>An ever-increasing primary key column, so the relay can send in insertion order.</summary>
    public abstract string IdentityColumn { get; }

    /// <summary>
    /// Appended to the relay's select. On PostgreSQL several hub instances relay at once, so each
    /// locks the rows it sends and skips the rows others hold; SQLite has one instance only.
    /// </summary>
    public abstract string ClaimClause { get; }

    /// <summary>True when the relay must hold its transaction (and the row locks) while sending.</summary>
    public bool ClaimsRowsInTransaction => ClaimClause.Length > 0;

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// How many group-commit writers (connections) run side by side: SQLite has one writer whatever the
    /// connections, so one; PostgreSQL runs transactions in parallel (and already shares WAL flushes between
    /// concurrent commits), so a few, each grouping what waits for it.
    /// </summary>
    public abstract int GroupCommitWriters { get; }

    /// <summary>Runs first in the schema transaction: creates the schema and serialises concurrent starts.</summary>
    public abstract Task PrepareSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Adds a column to an existing table unless it has it (a schema step that is idempotent on both databases).</summary>
    public async Task AddColumnIfMissingAsync(DbConnection connection, DbTransaction transaction, string table, string column, string type,
        CancellationToken cancellationToken)
    {
        var found = await ScalarAsync(connection, transaction, ColumnExistsSql, cancellationToken, ("@table", table), ("@column", column))
            .ConfigureAwait(false);
        if (Convert.ToInt64(found, System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            await ExecuteAsync(connection, transaction, $"ALTER TABLE {table} ADD COLUMN {column} {type}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts the columns named @column of the table @table (0 or 1).</summary>
    protected abstract string ColumnExistsSql { get; }

    public DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Table names are validated identifiers (HubSagaTable); values always go through parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value is null ? DBNull.Value : ToDbValue(value);
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a statement and returns the number of rows it changed.</summary>
    public async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a query and returns the first column of its first row, or null.</summary>
    public async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Converts a Guid or an instant to what the column type of this dialect stores.</summary>
    protected abstract object ToDbValue(object value);

    public static SqlDialect Create(HubStoreOptions options) => options.Provider switch
    {
        StoreProvider.Sqlite => new SqliteDialect(options),
        StoreProvider.Postgres => new PostgresDialect(options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown store provider."),
    };
}
