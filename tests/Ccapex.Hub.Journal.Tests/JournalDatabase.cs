using Ccapex.Hub.Persistence;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Ccapex.Hub.Journal.Tests;

/// <summary>
/// A hub store of its own with the journal's tables and the outbox's recorder: a fresh SQLite folder, or a fresh schema
/// in the PostgreSQL database CCAPEX_POSTGRES names (the PostgreSQL half fails, never skips, without it); a signing key
/// in a folder of its own beside it. Removed on dispose.
/// </summary>
public sealed class JournalDatabase : IAsyncDisposable
{
    private readonly HubStoreOptions _options;
    private readonly List<HubStore> _stores = [];

    public JournalDatabase(StoreProvider provider)
    {
        Folder = Path.Combine(Path.GetTempPath(), "ccapex-journal-tests", Guid.NewGuid().ToString("N"));
        if (provider == StoreProvider.Sqlite)
        {
            _options = new HubStoreOptions { Provider = StoreProvider.Sqlite, DataDirectory = Path.Combine(Folder, "data") };
        }
        else
        {
            var connectionString = Environment.GetEnvironmentVariable("CCAPEX_POSTGRES");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                Assert.Fail("CCAPEX_POSTGRES is not set: the PostgreSQL half of the journal tests cannot run (./hub db start, then export it).");
            }

            _options = new HubStoreOptions
            {
                Provider = StoreProvider.Postgres,
                ConnectionString = connectionString,
                Schema = "test_" + Guid.NewGuid().ToString("N"),
                DataDirectory = Path.Combine(Folder, "data"),
            };
        }

        Key = JournalSigningKey.OpenOrCreate(Path.Combine(Folder, "keys", JournalOptions.DefaultKeyFileName));
    }

    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public string Folder { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public JournalSigningKey Key { get; }

    public StoreProvider Provider => _options.Provider;

    /// <summary>A store on this database (another one is another hub instance), with group commit, the journal's tables and the outbox's recorder.</summary>
    public HubStore NewStore(bool groupCommit = true)
    {
        var options = new HubStoreOptions
        {
            Provider = _options.Provider,
            ConnectionString = _options.ConnectionString,
            DataDirectory = _options.DataDirectory,
            Schema = _options.Schema,
            GroupCommit = groupCommit,
        };
        var store = new HubStore(Options.Create(options), [], Clock, schemas: [new JournalSchema()], outboxJournal: new OutboxJournal());
        _stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        Key.Dispose();
        if (_options.Provider == StoreProvider.Postgres)
        {
            await using var connection = new NpgsqlConnection(_options.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_options.Schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
