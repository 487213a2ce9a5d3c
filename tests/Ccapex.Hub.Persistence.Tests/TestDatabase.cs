using Npgsql;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// A database of its own for one fixture: a fresh SQLite folder, or a fresh schema in the
/// PostgreSQL database named by CCAPEX_POSTGRES. Removed when the fixture ends.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CCAPEX_POSTGRES";

    private readonly string? _directory;

    private TestDatabase(HubStoreOptions options, string? directory)
    {
        Options = options;
        _directory = directory;
    }

    public HubStoreOptions Options { get; }

    /// <summary>Fresh options for <paramref name="provider"/>; PostgreSQL tests fail (never skip) without a database.</summary>
    public static TestDatabase Create(StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
        {
            var directory = Path.Combine(Path.GetTempPath(), "ccapex-hub-tests", Guid.NewGuid().ToString("N"));
            return new TestDatabase(new HubStoreOptions { Provider = StoreProvider.Sqlite, DataDirectory = directory }, directory);
        }

        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Fail($"""
                {PostgresVariable} is not set, so the PostgreSQL half of the store tests cannot run.
                Run the tests with `./hub test` (it starts PostgreSQL and sets the variable), or start the
                database with `./hub db start` and export {PostgresVariable}="Host=127.0.0.1;Port=5432;Username=ccapex;Password=ccapex;Database=ccapex".
                """);
        }

        var schema = "test_" + Guid.NewGuid().ToString("N");
        return new TestDatabase(
            new HubStoreOptions { Provider = StoreProvider.Postgres, ConnectionString = connectionString, Schema = schema }, null);
    }

    /// <summary>A copy of these options, for a second store on the same database (another "instance").</summary>
    public void CopyTo(HubStoreOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Provider = Options.Provider;
        target.ConnectionString = Options.ConnectionString;
        target.DataDirectory = Options.DataDirectory;
        target.Schema = Options.Schema;
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }

            return;
        }

        await using var connection = new NpgsqlConnection(Options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Options.Schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
