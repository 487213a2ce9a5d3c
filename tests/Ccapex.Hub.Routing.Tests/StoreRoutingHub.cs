using Ccapex.Hub.Contracts;
using System.Text.Json.Nodes;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Routing.Listings;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// The routing endpoints on MassTransit's harness (in-memory transport) with the dossier and the listing in a real
/// hub store, as the host wires them: the store's directory, journal and write participants. Nothing relays the
/// outbox: tests read its rows.
/// </summary>
public sealed class StoreRoutingHub : IAsyncDisposable
{
    private readonly StoreDatabase _database;
    private readonly ServiceProvider _provider;

    private StoreRoutingHub(StoreDatabase database, ServiceProvider provider)
    {
        _database = database;
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Store = provider.GetRequiredService<HubStore>();
    }

    public ITestHarness Harness { get; }

    public HubStore Store { get; }

    public static async Task<StoreRoutingHub> StartAsync(StoreProvider provider, Action<RoutingOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(RoutingHarness.Start);
        var database = new StoreDatabase(provider, clock);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHubRouting();
        services.Configure<RoutingOptions>(o => configure?.Invoke(o));
        var options = database.Copy();
        services.AddHubStore(o =>
        {
            o.Provider = options.Provider;
            o.ConnectionString = options.ConnectionString;
            o.DataDirectory = options.DataDirectory;
            o.Schema = options.Schema;
        });
        services.AddStoreDossierDirectory();
        services.AddStoreHandledMessageJournal();
        services.AddSingleton<ICafListingLines, StoreCafListingLines>();
        services.AddMassTransitTestHarness(x => x.AddHubRoutingEndpoints(
            dossier => dossier.Repository(r => r.UseHubStore("dossier", o => o.CurrentState = d => d.CurrentState)),
            listing => listing.Repository(r => r.UseHubStore("caf_listing", o => o.CurrentState = l => l.CurrentState))));
        var hub = new StoreRoutingHub(database, services.BuildServiceProvider(validateScopes: true));
        await hub.Store.EnsureCreatedAsync();
        await hub.Harness.Start();
        return hub;
    }

    /// <summary>Publishes a partner's message (a new transport id each time, as a resubmission) and waits until the intake consumed it.</summary>
    public async Task SubmitAsync<T>(T message)
        where T : class, Contracts.IPartnerMessage
    {
        var transportId = NewId.NextGuid();
        await Harness.Bus.Publish(message, context => context.MessageId = transportId);

        // Polled, not Consumed.Any: that one returns false at once when the harness was idle a while before the publish.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!Harness.Consumed.Select<T>(m => m.Context.MessageId == transportId).Any())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new AssertionException($"The intake did not consume {typeof(T).Name} {message.MessageId} within 30 s.");
            }

            await Task.Delay(10);
        }
    }

    public Task<List<Guid>> DossierIdsAsync() =>
        Store.ReadAsync(t => t.ReadAsync("SELECT correlation_id FROM dossier", r => StoreTransaction.ToGuid(r.GetValue(0)), CancellationToken.None));

    public async Task<Dossier> DossierAsync(Guid id) =>
        await _provider.GetRequiredService<ILoadSagaRepository<Dossier>>().Load(id) ?? throw new AssertionException($"No dossier {id}.");

    /// <summary>
    /// The senders the journal holds one partner message id for: it keeps each id scoped by its sender
    /// (<see cref="MessageScope"/>), so two partners' equal ids are two entries.
    /// </summary>
    public async Task<List<string>> JournalAsync(Guid messageId)
    {
        var rows = await Store.ReadAsync(t => t.ReadAsync("SELECT sender, message_id FROM handled_message",
            r => (Sender: r.GetString(0), Id: Guid.Parse(r.GetValue(1).ToString()!, System.Globalization.CultureInfo.InvariantCulture)), CancellationToken.None));
        return [.. rows.Where(row => PartnerCode.TryParse(row.Sender, out var sender) ? row.Id == MessageScope.Of(messageId, sender) : row.Id == messageId)
            .Select(row => row.Sender)];
    }

    public async Task<long> CountAsync(string table) =>
        Convert.ToInt64(await Store.ReadAsync(t => t.ScalarAsync($"SELECT COUNT(*) FROM {table}", CancellationToken.None)),
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The outbox rows of one contract type (its short name), as JSON bodies.</summary>
    public async Task<List<JsonObject>> OutboxAsync(string messageType)
    {
        var bodies = await Store.ReadAsync(t => t.ReadAsync("SELECT body FROM outbox WHERE message_type LIKE @type ORDER BY id", r => r.GetString(0),
            CancellationToken.None, ("@type", "%." + messageType)));
        return [.. bodies.Select(b => JsonNode.Parse(b)!.AsObject())];
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
    }
}
