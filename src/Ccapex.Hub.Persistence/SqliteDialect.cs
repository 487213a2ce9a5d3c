using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Ccapex.Hub.Persistence;

/// <summary>One file, one hub instance: WAL so readers never block the writer, synchronous=FULL so a commit survives a power cut.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    // Fixed width and always UTC, so that text comparison (due_at <= @now) is time comparison.
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private readonly string _connectionString;
    private readonly string _pragmas;
    private int _walSet;

    public SqliteDialect(HubStoreOptions options)
    {
        var builder = new SqliteConnectionStringBuilder(options.SqliteConnectionString());
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            OwnerOnly.CreateDirectory(directory);
        }

        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            OwnerOnly.CreateFile(Path.GetFullPath(builder.DataSource));
        }

        _connectionString = builder.ToString();
        var busyMs = (long)options.BusyTimeout.TotalMilliseconds;
        _pragmas = $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={busyMs.ToString(CultureInfo.InvariantCulture)}; PRAGMA foreign_keys=ON;";
    }

    public override StoreProvider Provider => StoreProvider.Sqlite;

    public override string UuidType => "TEXT";

    public override string TimestampType => "TEXT";

    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string ClaimClause => "";

    public override int GroupCommitWriters => 1;

    protected override string ColumnExistsSql => "SELECT COUNT(*) FROM pragma_table_info(@table) WHERE name = @column";

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // The journal mode is stored in the file: setting it once per process is enough.
            // The other pragmas belong to the connection and are cheap, so every open sets them.
            var sql = Interlocked.Exchange(ref _walSet, 1) == 0 ? "PRAGMA journal_mode=WAL; " + _pragmas : _pragmas;
            await ExecuteAsync(connection, null, sql, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override Task PrepareSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask; // BEGIN IMMEDIATE already serialises concurrent starts.

    // Pooled connections keep the file open; release them so the file can be moved or deleted.
    public override ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    protected override object ToDbValue(object value) => value switch
    {
        Guid guid => guid.ToString("D"),
        DateTimeOffset instant => instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture),
        _ => value,
    };
}
