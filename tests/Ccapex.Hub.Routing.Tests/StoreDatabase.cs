using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Routing.Intake;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// A hub store of its own with the routing's tables, for the routing code that writes through the store: a fresh
/// SQLite folder, or a fresh schema in the PostgreSQL database named by CCAPEX_POSTGRES (which must be set: the
/// PostgreSQL half fails, never skips, without it). Removed on dispose.
/// </summary>
public sealed class StoreDatabase : IAsyncDisposable
{
    private readonly HubStoreOptions _options;
    private readonly List<HubStore> _stores = [];

    public StoreDatabase(StoreProvider provider, TimeProvider clock)
    {
        Clock = clock;
        if (provider == StoreProvider.Sqlite)
        {
            _options = new HubStoreOptions
            {
                Provider = StoreProvider.Sqlite,
                DataDirectory = Path.Combine(Path.GetTempPath(), "ccapex-routing-tests", Guid.NewGuid().ToString("N")),
            };
            return;
        }

        var connectionString = Environment.GetEnvironmentVariable("CCAPEX_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Fail("CCAPEX_POSTGRES is not set: the PostgreSQL half of the routing's store tests cannot run.");
        }

        _options = new HubStoreOptions
        {
            Provider = StoreProvider.Postgres,
            ConnectionString = connectionString,
            Schema = "test_" + Guid.NewGuid().ToString("N"),
        };
    }

    public TimeProvider Clock { get; }

    /// <summary>The stores made so far, first made first; disposed with the database.</summary>
    public IReadOnlyList<HubStore> Stores => _stores;

    /// <summary>A store on this database (another one is another hub instance), with group commit as the hub runs it.</summary>
    public HubStore NewStore()
    {
        var store = new HubStore(Options.Create(Copy()), [], Clock, schemas: [new DossierKeySchema(), new HandledMessageSchema()]);
        _stores.Add(store);
        return store;
    }

    public HubStoreOptions Copy() => new()
    {
        Provider = _options.Provider,
        ConnectionString = _options.ConnectionString,
        DataDirectory = _options.DataDirectory,
        Schema = _options.Schema,
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_options.Provider == StoreProvider.Sqlite)
        {
            if (Directory.Exists(_options.DataDirectory))
            {
                Directory.Delete(_options.DataDirectory, recursive: true);
            }

            return;
        }

        await using var connection = new NpgsqlConnection(_options.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_options.Schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
