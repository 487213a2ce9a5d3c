using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// Base of every fixture: a store on a database of its own (per provider), emptied before each
/// test, a fake clock, and helpers to build a MassTransit test harness on the same database.
/// </summary>
public abstract class StoreFixture
{
    public static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    protected StoreFixture(StoreProvider provider)
    {
        Provider = provider;
    }

    protected StoreProvider Provider { get; }

    protected TestDatabase Database { get; private set; } = null!;

    protected HubStore Store { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected OutboxSignal Signal { get; private set; } = new();

    protected HubSagaRepositoryOptions<TestDossier> SagaOptions { get; } = new(TestDossier.Table);

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        Database = TestDatabase.Create(Provider);
        Store = NewStore();
        await Store.EnsureCreatedAsync();
    }

    [SetUp]
    public async Task EmptyTables()
    {
        Signal = new OutboxSignal();
        foreach (var table in new[] { "outbox", "saga_item", "test_key", TestDossier.Table })
        {
            await ExecuteAsync($"DELETE FROM {table}");
        }
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>Another store on the same database, as a second hub instance would have.</summary>
    protected HubStore NewStore()
    {
        var options = new HubStoreOptions();
        Database.CopyTo(options);
        return new HubStore(Options.Create(options), [new HubSagaTable(TestDossier.Table)], Clock, schemas: [new TestKeySchema()]);
    }

    internal HubSagaSession<TestDossier> NewSession(HubStore? store = null) => new(store ?? Store, SagaOptions, Signal);

    /// <summary>A session holding a freshly inserted dossier, loaded back (version 1).</summary>
    internal async Task<(HubSagaSession<TestDossier> Session, TestDossier Dossier)> LoadNewAsync()
    {
        var id = Guid.NewGuid();
        var session = NewSession();
        await session.TryInsertAsync(new TestDossier { CorrelationId = id }, CancellationToken.None);
        return (session, (await session.LoadAsync(id, CancellationToken.None))!);
    }

    protected Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters) =>
        WithConnection(connection => Store.Dialect.ExecuteAsync(connection, null, sql, CancellationToken.None, parameters));

    protected Task<object?> ScalarAsync(string sql, params (string Name, object? Value)[] parameters) =>
        WithConnection(connection => Store.Dialect.ScalarAsync(connection, null, sql, CancellationToken.None, parameters));

    protected async Task<long> CountAsync(string sql, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt64(await ScalarAsync(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes outbox rows the way a saga commit does.</summary>
    internal Task InsertOutboxAsync(params OutboxEntry[] entries) =>
        Store.InTransactionAsync((connection, transaction) =>
            OutboxWriter.WriteAsync(Store, connection, transaction, new OutboxBatch(entries, []), Clock.GetUtcNow(), CancellationToken.None),
            CancellationToken.None);

    /// <summary>
    /// Writes a row as the hub did before rows kept their envelope: message type and body only, which the relay still
    /// reads into the named type to send.
    /// </summary>
    protected Task<int> InsertOldFormatRowAsync(Guid messageId, string destination, string messageType, string body, Guid? correlationId = null) =>
        ExecuteAsync("""
            INSERT INTO outbox (message_id, destination, message_type, body, correlation_id, created_at)
            VALUES (@id, @destination, @type, @body, @correlation_id, @now)
            """, ("@id", messageId), ("@destination", destination), ("@type", messageType), ("@body", body), ("@correlation_id", correlationId),
            ("@now", Clock.GetUtcNow()));

    /// <summary>
    /// A MassTransit test harness (in-memory transport) whose test saga is stored in this fixture's
    /// database, with a message retry on concurrency conflicts as the hub's endpoints will have.
    /// The relay is registered as a plain singleton: tests drive it.
    /// </summary>
    protected ServiceProvider NewHarness(Action<IBusRegistrationConfigurator>? configureBus = null,
        Action<IBusRegistrationContext, IInMemoryBusFactoryConfigurator>? configureTransport = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddHubStore(Database.CopyTo);
        services.AddOptions<OutboxRelayOptions>().Configure(o => o.MessageAssemblies.Add(typeof(TestNotice).Assembly));
        services.AddSingleton<OutboxRelay>();
        services.AddMassTransitTestHarness(x =>
        {
            x.AddSagaStateMachine<TestDossierStateMachine, TestDossier>()
                .Endpoint(e => e.ConcurrentMessageLimit = 8)
                .Repository(r => r.UseHubStore(TestDossier.Table));
            x.AddConfigureEndpointsCallback((_, _, endpoint) => endpoint.UseMessageRetry(r =>
            {
                r.Handle<ConcurrencyException>();
                r.Interval(50, TimeSpan.FromMilliseconds(5));
            }));
            configureBus?.Invoke(x);
            x.UsingInMemory((context, cfg) =>
            {
                configureTransport?.Invoke(context, cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        configureServices?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Waits (real time) until <paramref name="condition"/> holds, failing after <paramref name="seconds"/>.</summary>
    protected static async Task Eventually(Func<Task<bool>> condition, string what, double seconds = 15)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                Assert.Fail($"Timed out after {seconds} s waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }

    private async Task<T> WithConnection<T>(Func<System.Data.Common.DbConnection, Task<T>> action)
    {
        await using var connection = await Store.OpenConnectionAsync();
        return await action(connection);
    }
}
