namespace Ccapex.Hub.Console.Store;

/// <summary>The hub store the console reads dossiers from and keeps its own tables in (section <c>Console:Store</c>).</summary>
public sealed class ConsoleStoreOptions
{
    /// <summary>The hub's SQLite file name under the data folder (Persistence's HubStoreOptions.DefaultSqliteFileName).</summary>
    public const string DefaultSqliteFileName = "ccapex-hub.db";

    public ConsoleStoreProvider Provider { get; set; } = ConsoleStoreProvider.Sqlite;

    /// <summary>ADO.NET connection string; empty for SQLite means the hub's file under the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>CCAPEX_POSTGRES, taken as the connection string when the provider is PostgreSQL and none is given.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>PostgreSQL only: the hub's schema (tests use one of their own).</summary>
    public string? Schema { get; set; }

    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
