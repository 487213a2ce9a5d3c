using Ccapex.Hub.Host;
using Npgsql;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// The store of one fixture's hub, as the host's settings: a SQLite file in a folder of its own, or a schema
/// of its own in the PostgreSQL database CCAPEX_POSTGRES names. Removed when the fixture ends, so no run
/// sees the dossiers of another.
/// </summary>
internal sealed class FlowStore : IAsyncDisposable
{
    private FlowStore(StoreProvider provider, string? connectionString, string? schema)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Schema = schema;
    }

    public StoreProvider Provider { get; }

    /// <summary>The host's data directory; the SQLite file lives there.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "ccapex-hub-flows", Guid.NewGuid().ToString("N"));

    private string? ConnectionString { get; }

    private string? Schema { get; }

    /// <summary>Every store setting, given explicitly so that no CCAPEX_STORE or Hub__Store__* of the shell leaks in.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Hub:DataDirectory", DataDirectory),
        new("Hub:Store:Provider", Provider.ToString()),
        new("Hub:Store:ConnectionString", ConnectionString ?? string.Empty),
        new(HubEnvironment.PostgresConnectionStringKey, ConnectionString ?? string.Empty),
        new("Hub:Store:Schema", Schema ?? string.Empty),
    ];

    /// <summary>A fresh store; the PostgreSQL fixtures fail, never skip, without a database.</summary>
    public static FlowStore Create(StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
        {
            return new FlowStore(provider, null, null);
        }

        var connectionString = Environment.GetEnvironmentVariable(HubEnvironment.Postgres);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Fail($"""
                {HubEnvironment.Postgres} is not set, so the flows cannot run on PostgreSQL.
                Run the tests with `./hub test` (it starts PostgreSQL and sets the variable), or start the database
                with `./hub db start` and export {HubEnvironment.Postgres}="Host=127.0.0.1;Port=5432;Username=ccapex;Password=ccapex;Database=ccapex".
                """);
        }

        return new FlowStore(provider, connectionString, "flows_" + Guid.NewGuid().ToString("N"));
    }

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        if (Schema is not null)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
