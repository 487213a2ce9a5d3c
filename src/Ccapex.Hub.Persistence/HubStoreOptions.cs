namespace Ccapex.Hub.Persistence;

/// <summary>Where the hub keeps its state, bound from configuration (section <c>HubStore</c> by convention).</summary>
public sealed class HubStoreOptions
{
    /// <summary>The file name used under <see cref="DataDirectory"/> when SQLite has no connection string.</summary>
    public const string DefaultSqliteFileName = "ccapex-hub.db";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// ADO.NET connection string. For SQLite it may be left empty: the database is then
    /// <c>&lt;DataDirectory&gt;/ccapex-hub.db</c>. For PostgreSQL it is required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the SQLite file when no connection string is given; created if missing.</summary>
    public string DataDirectory { get; set; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "ccapex-hub");

    /// <summary>
    /// PostgreSQL only: the schema holding the hub's tables (created if missing). Null keeps the
    /// server's search_path. Tests use a schema of their own to stay isolated.
    /// </summary>
    public string? Schema { get; set; }

    /// <summary>
    /// Group commit (on by default): the writes of concurrent messages share one transaction and one durable
    /// commit, each in a savepoint of its own (see ADR 0009). Off: one transaction per write, on the writer's connection.
    /// </summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>SQLite only: how long a writer waits for the file's write lock before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The SQLite connection string these options mean: the explicit one, or the default file.</summary>
    internal string SqliteConnectionString() =>
        string.IsNullOrWhiteSpace(ConnectionString)
            ? $"Data Source={Path.Combine(DataDirectory, DefaultSqliteFileName)}"
            : ConnectionString;
}
