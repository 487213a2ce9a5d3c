using Ccapex.Hub.Console.Store;
using Ccapex.Hub.Host;
using Npgsql;

namespace Ccapex.Hub.Console.Tests;

/// <summary>
/// One store shared by the hub and the console under test: a SQLite file in a folder of its own, or a schema of its
/// own in the PostgreSQL database CCAPEX_POSTGRES names; removed at the end. The PostgreSQL fixtures fail, never skip,
/// without a database.
/// </summary>
internal sealed class TestStore : IAsyncDisposable
{
    private TestStore(ConsoleStoreProvider provider, string? connectionString, string? schema)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Schema = schema;
    }

    public ConsoleStoreProvider Provider { get; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "ccapex-hub-console", Guid.NewGuid().ToString("N"));

    private string? ConnectionString { get; }

    private string? Schema { get; }

    /// <summary>The hub's store settings, every one given so that no CCAPEX_STORE or Hub__Store__* of the shell leaks in.</summary>
    public IEnumerable<KeyValuePair<string, string?>> HubSettings =>
    [
        new("Hub:DataDirectory", DataDirectory),
        new("Hub:Store:Provider", Provider.ToString()),
        new("Hub:Store:ConnectionString", ConnectionString ?? string.Empty),
        new(HubEnvironment.PostgresConnectionStringKey, ConnectionString ?? string.Empty),
        new("Hub:Store:Schema", Schema ?? string.Empty),
    ];

    /// <summary>The console's, as command-line arguments (they win over the CCAPEX_* variables of the shell).</summary>
    public IEnumerable<string> ConsoleArguments =>
    [
        $"--Console:DataDirectory={DataDirectory}",
        $"--Console:Store:Provider={Provider}",
        $"--Console:Store:ConnectionString={ConnectionString}",
        $"--Console:Store:PostgresConnectionString={ConnectionString}",
        $"--Console:Store:Schema={Schema}",
    ];

    public static TestStore Create(ConsoleStoreProvider provider)
    {
        if (provider == ConsoleStoreProvider.Sqlite)
        {
            return new TestStore(provider, null, null);
        }

        var connectionString = Environment.GetEnvironmentVariable(HubEnvironment.Postgres);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Fail($"{HubEnvironment.Postgres} is not set: run the tests with `./hub test`, or `./hub db start` and export it.");
        }

        return new TestStore(provider, connectionString, "console_" + Guid.NewGuid().ToString("N"));
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
