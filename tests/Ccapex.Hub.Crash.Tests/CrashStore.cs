using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Ccapex.Hub.Host;
using Ccapex.Hub.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// The store a crashed hub restarts on: a data folder of its own (the SQLite file lives there), and on
/// PostgreSQL a schema of its own. The tests read it directly, with plain SQL, to see what survived a
/// kill: the hub's own code is what is under test, so it is not used to look.
/// </summary>
internal sealed class CrashStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string? _schema;

    private CrashStore(StoreProvider provider, string dataDirectory, string? connectionString, string? schema)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        _schema = schema;
        if (connectionString is not null)
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.ConnectionStringBuilder.SearchPath = schema;
            _postgres = builder.Build();
        }
    }

    public StoreProvider Provider { get; }

    public string DataDirectory { get; }

    /// <summary>The PostgreSQL schema holding the hub's tables; null on SQLite.</summary>
    public string? Schema => _schema;

    /// <summary>What the hub needs to find this store: the data folder, and the provider, server and schema.</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        [HubEnvironment.DataDirectory] = DataDirectory,
        [HubEnvironment.Store] = Provider == StoreProvider.Postgres ? "postgres" : "sqlite",
        [HubEnvironment.Postgres] = Provider == StoreProvider.Postgres ? Environment.GetEnvironmentVariable(HubEnvironment.Postgres) : null,
        ["Hub__Store__Schema"] = _schema,
    };

    /// <summary>A fresh store; PostgreSQL fails the test (never skips it) when CCAPEX_POSTGRES is not set.</summary>
    public static CrashStore Create(StoreProvider provider)
    {
        var dataDirectory = Path.Combine(DataRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        if (provider == StoreProvider.Sqlite)
        {
            return new CrashStore(provider, dataDirectory, null, null);
        }

        var connectionString = Environment.GetEnvironmentVariable(HubEnvironment.Postgres);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Fail($"""
                {HubEnvironment.Postgres} is not set, so the crash tests on PostgreSQL cannot run.
                Run the tests with `./hub test` (it starts PostgreSQL and sets the variable), or start the
                database with `./hub db start` and export {HubEnvironment.Postgres}="Host=127.0.0.1;Port=5432;Username=ccapex;Password=ccapex;Database=ccapex".
                """);
        }

        return new CrashStore(provider, dataDirectory, connectionString, "crash_" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>Rows of a saga table; an empty list before the hub created the table.</summary>
    public async Task<IReadOnlyList<SagaRow>> SagasAsync(string table)
    {
        var rows = new List<SagaRow>();
        if (await TableExistsAsync(table))
        {
            await QueryAsync($"SELECT correlation_id, version, body FROM {table}", reader => rows.Add(new SagaRow(
                Guid.Parse(reader.GetValue(0).ToString()!),
                reader.GetInt32(1),
                JsonNode.Parse(reader.GetString(2))!.AsObject())));
        }

        return rows;
    }

    /// <summary>
    /// The dossiers on the CAF listing being gathered, in the order they were queued: its lines are rows of
    /// <c>saga_item</c> grouped by the listing id its saga row holds. Empty when no listing is being gathered.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ListingLinesAsync()
    {
        var lines = new List<Guid>();
        var listing = (await SagasAsync("caf_listing")).SingleOrDefault();
        if (listing?.Body["ListingId"] is not JsonNode listingId)
        {
            return lines;
        }

        var group = listingId.GetValue<Guid>();
        await QueryAsync("SELECT item_key FROM saga_item WHERE group_id = @group ORDER BY id",
            reader => lines.Add(Guid.Parse(reader.GetValue(0).ToString()!)),
            ("@group", Provider == StoreProvider.Sqlite ? group.ToString("D") : group));
        return lines;
    }

    /// <summary>Outbox rows, oldest first: what the hub committed to send, and whether the relay marked them.</summary>
    public async Task<IReadOnlyList<OutboxTrace>> OutboxAsync()
    {
        var rows = new List<OutboxTrace>();
        if (await TableExistsAsync("outbox"))
        {
            await QueryAsync(
                "SELECT message_id, destination, message_type, due_at, sent_at FROM outbox ORDER BY id",
                reader => rows.Add(new OutboxTrace(
                    Guid.Parse(reader.GetValue(0).ToString()!),
                    reader.GetString(1),
                    reader.GetString(2),
                    Instant(reader, 3),
                    Instant(reader, 4))));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await using (var command = _postgres.CreateCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE"))
            {
                await command.ExecuteNonQueryAsync();
            }

            await _postgres.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A hub that did not exit holds the file; the run's data folder is emptied by ./hub test anyway.
        }
    }

    /// <summary>Where test hubs keep their files: the hub script's CCAPEX_DATA_DIR (emptied each run), else the temp folder.</summary>
    private static string DataRoot { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable(HubEnvironment.DataDirectory) is { Length: > 0 } root ? root : Path.Combine(Path.GetTempPath(), "ccapex-hub-tests"));

    private string SqliteFile => Path.Combine(DataDirectory, HubStoreOptions.DefaultSqliteFileName);

    private async Task<bool> TableExistsAsync(string table)
    {
        if (Provider == StoreProvider.Sqlite && !File.Exists(SqliteFile))
        {
            return false;
        }

        var found = false;
        var sql = Provider == StoreProvider.Sqlite
            ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @name"
            : "SELECT 1 FROM information_schema.tables WHERE table_schema = @schema AND table_name = @name";
        await QueryAsync(sql, _ => found = true, ("@name", table), ("@schema", _schema ?? string.Empty));
        return found;
    }

    /// <summary>Runs a statement of the test's own (a trigger that records the hub's writes, say).</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a query and hands each row to <paramref name="read"/>; parameters the SQL does not name are left out.</summary>
    public async Task QueryAsync(string sql, Action<DbDataReader> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal)))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            read(reader);
        }
    }

    private async Task<DbConnection> OpenAsync()
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync();
        }

        // Not pooled, so the file is not held between looks; WAL lets the test read while the hub writes.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = SqliteFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static DateTimeOffset? Instant(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null
        : reader.GetValue(ordinal) switch
        {
            string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            DateTimeOffset instant => instant,
            var other => throw new InvalidOperationException($"Unexpected instant value {other.GetType().Name}."),
        };
}
