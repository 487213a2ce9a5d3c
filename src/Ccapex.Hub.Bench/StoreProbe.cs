using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ccapex.Hub.Bench;

/// <summary>The CAF listing saga's one row: households gathered and not yet sent, and when it last changed.</summary>
internal sealed record ListingState(int PendingLines, int ListingsSent, DateTimeOffset UpdatedAt);

/// <summary>Reads the hub's store from outside while the hub runs: its size on disk and a few counts. Never writes.</summary>
internal abstract class StoreProbe : IAsyncDisposable
{
    public abstract string Name { get; }

    /// <summary>Bytes the store takes: the SQLite file with its WAL, or the PostgreSQL schema's tables and indexes.</summary>
    public abstract Task<long> SizeAsync();

    public abstract Task<string> VersionAsync();

    public async Task<long> CountAsync(string sql)
    {
        try
        {
            var connection = await OpenAsync();
            await using (connection)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }
        }
        catch (DbException missing) when (IsMissingTable(missing))
        {
            return 0;
        }
    }

    public Task<long> DossiersAsync() => CountAsync("SELECT count(*) FROM dossier");

    public Task<long> UnsentOutboxAsync() => CountAsync("SELECT count(*) FROM outbox WHERE sent_at IS NULL");

    public async Task<ListingState?> ListingAsync()
    {
        try
        {
            var connection = await OpenAsync();
            await using (connection)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT body, updated_at FROM caf_listing";
                await using var reader = await command.ExecuteReaderAsync();
                if (!await reader.ReadAsync())
                {
                    return null;
                }

                using var body = JsonDocument.Parse(reader.GetString(0));
                int lines = 0, sent = 0;
                foreach (var property in body.RootElement.EnumerateObject())
                {
                    // LineCount since lines became rows of saga_item; Lines (the array itself) before.
                    if (property.NameEquals("LineCount"))
                    {
                        lines = property.Value.GetInt32();
                    }
                    else if ((property.NameEquals("Lines") || property.NameEquals("lines")) && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        lines = property.Value.GetArrayLength();
                    }
                    else if (property.NameEquals("ListingsSent") || property.NameEquals("listingsSent"))
                    {
                        sent = property.Value.GetInt32();
                    }
                }

                return new ListingState(lines, sent, UpdatedAt(reader.GetValue(1)));
            }
        }
        catch (DbException missing) when (IsMissingTable(missing))
        {
            return null;
        }
    }

    /// <summary>Bytes per table and index, largest first (what the store's size is made of).</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, long>>> TableBytesAsync()
    {
        try
        {
            var connection = await OpenAsync();
            await using (connection)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = TableBytesSql;
                await using var reader = await command.ExecuteReaderAsync();
                var sizes = new List<KeyValuePair<string, long>>();
                while (await reader.ReadAsync())
                {
                    sizes.Add(new(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
                }

                return sizes;
            }
        }
        catch (DbException unavailable)
        {
            Progress.Warn($"{Name}: no size per table ({unavailable.Message})");
            return [];
        }
    }

    /// <summary>Name and bytes of each table with its indexes (PostgreSQL) or of each table and index (SQLite), largest first.</summary>
    protected abstract string TableBytesSql { get; }

    /// <summary>Rows in the delivery journal (0 when it has none or no table).</summary>
    public async Task<long> JournalRowsAsync()
    {
        try
        {
            var connection = await OpenAsync();
            await using (connection)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM journal";
                return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
            }
        }
        catch (DbException missing) when (IsMissingTable(missing))
        {
            return 0;
        }
    }

    /// <summary>Drops what the run created (PostgreSQL's schema); the SQLite file stays in the run folder.</summary>
    public virtual Task DropAsync() => Task.CompletedTask;

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    protected abstract Task<DbConnection> OpenAsync();

    protected abstract bool IsMissingTable(DbException exception);

    private static DateTimeOffset UpdatedAt(object value) => value switch
    {
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset time => time,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidOperationException($"Unexpected updated_at value {value.GetType().Name}."),
    };
}

internal sealed class SqliteProbe(string dataDirectory) : StoreProbe
{
    /// <summary>The hub's default file under CCAPEX_DATA_DIR (HubStoreOptions.DefaultSqliteFileName).</summary>
    public string File { get; } = Path.Combine(dataDirectory, "ccapex-hub.db");

    public override string Name => "sqlite";

    public override Task<long> SizeAsync() => Task.FromResult(
        new[] { File, File + "-wal", File + "-shm" }.Select(f => new FileInfo(f)).Where(f => f.Exists).Sum(f => f.Length));

    public override async Task<string> VersionAsync()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return $"SQLite {await command.ExecuteScalarAsync()} (Microsoft.Data.Sqlite's bundled library, WAL, synchronous=FULL)";
    }

    protected override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    protected override bool IsMissingTable(DbException exception) =>
        exception.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase);

    // The bundled SQLite has no dbstat table: the bytes of the stored text instead (JSON bodies, keys), without indexes.
    protected override string TableBytesSql => """
        SELECT 'outbox text' AS name, coalesce(sum(length(body) + coalesce(length(envelope), 0) + length(destination) + length(message_type)), 0) AS bytes FROM outbox
        UNION ALL SELECT 'dossier text', coalesce(sum(length(body)), 0) FROM dossier
        UNION ALL SELECT 'dossier_key text', coalesce(sum(length(key)), 0) FROM dossier_key
        UNION ALL SELECT 'caf_listing text', coalesce(sum(length(body)), 0) FROM caf_listing
        UNION ALL SELECT 'saga_item text', coalesce(sum(length(body)), 0) FROM saga_item
        ORDER BY bytes DESC
        """;
}

internal sealed class PostgresProbe : StoreProbe
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;

    public PostgresProbe(string connectionString, string schema)
    {
        _schema = schema;
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, Pooling = true, MaxPoolSize = 2 };
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public override string Name => "postgres";

    public override async Task<long> SizeAsync()
    {
        await using var command = _dataSource.CreateCommand(
            "SELECT coalesce(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename))), 0) FROM pg_tables WHERE schemaname = $1");
        command.Parameters.AddWithValue(_schema);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public override async Task<string> VersionAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT current_setting('server_version'), current_setting('synchronous_commit'), current_setting('shared_buffers')");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"PostgreSQL {reader.GetString(0)} (synchronous_commit={reader.GetString(1)}, shared_buffers={reader.GetString(2)})";
    }

    public override async Task DropAsync()
    {
        await using var command = _dataSource.CreateCommand($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        await command.ExecuteNonQueryAsync();
    }

    protected override async Task<DbConnection> OpenAsync() => await _dataSource.OpenConnectionAsync();

    protected override bool IsMissingTable(DbException exception) => exception is PostgresException { SqlState: "42P01" };

    // Tables with their indexes and TOAST (where a saga's large JSON body goes, and its dead versions until vacuumed).
    protected override string TableBytesSql =>
        "SELECT tablename::text, pg_total_relation_size(format('%I.%I', schemaname, tablename)) AS bytes FROM pg_tables WHERE schemaname = current_schema() ORDER BY bytes DESC";

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await base.DisposeAsync();
    }
}
