using Ccapex.Hub.Contracts;
using Ccapex.Hub.Host;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// One fixture's hub, hosted in this process with the host's own registrations (<see cref="HubHostBuilder"/>),
/// on a broker virtual host and a store of its own, with a fake clock the tests move across months, and the
/// partners' queues read by <see cref="PartnerInboxes"/>.
/// </summary>
internal sealed class FlowHub : IAsyncDisposable
{
    private readonly BrokerFixture _broker;
    private readonly FlowStore _store;
    private readonly IHost _host;

    private FlowHub(BrokerFixture broker, FlowStore store, IHost host, FakeTimeProvider clock, PartnerInboxes partners)
    {
        _broker = broker;
        _store = store;
        _host = host;
        Clock = clock;
        Partners = partners;
    }

    public FakeTimeProvider Clock { get; }

    public PartnerInboxes Partners { get; }

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public static async Task<FlowHub> StartAsync(StoreProvider provider, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var store = FlowStore.Create(provider);
        var broker = await BrokerFixture.StartAsync();
        await TestContext.Progress.WriteLineAsync($"Flows on {provider}: {broker.Description}");
        var clock = new FakeTimeProvider(SampleMessages.DayAfterCdp);
        var host = HubHostBuilder.Create([], builder => builder.UseTestSettings(clock, [.. InProcessHub.On(broker.AmqpUri), .. store.Settings, .. settings])).Build();
        var hub = new FlowHub(broker, store, host, clock, await PartnerInboxes.ConnectAsync(broker.AmqpUri));
        try
        {
            await host.StartAsync();
            return hub;
        }
        catch
        {
            // The fixture's tear-down never sees a hub that failed to start: leave no virtual host or schema behind.
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>Moves the clock and has the relay send what came due; what the timeouts cause follows on its own.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await _host.Services.GetRequiredService<OutboxRelay>().DispatchDueAsync();
    }

    public async Task<Dossier> DossierAsync(Guid id) =>
        await FindDossierAsync(id) ?? throw new AssertionException($"No dossier {id} in the store.");

    public async Task<Dossier?> FindDossierAsync(Guid id) => await _host.Services.GetRequiredService<ILoadSagaRepository<Dossier>>().Load(id);

    /// <summary>
    /// Waits until the CAF listing holds the dossier's household: the listing saga takes the line after the
    /// dossier's receipt has left, and its period starts on the clock of that moment, not the receipt's.
    /// </summary>
    public Task WaitUntilListedAsync(Guid dossier) =>
        Eventually.Until(
            async () => await CafListingAsync() is { ListingId: { } listing }
                && await _host.Services.GetRequiredService<ICafListingLines>().IsListedAsync(dossier, [listing], CancellationToken.None),
            () => $"Dossier {dossier} did not join the CAF listing.");

    public async Task<CafListing?> CafListingAsync() => await _host.Services.GetRequiredService<ILoadSagaRepository<CafListing>>().Load(CafListing.InstanceId);

    /// <summary>The stored lines of a CAF listing, as the listing saga reads them.</summary>
    public Task<IReadOnlyList<CafListingLine>> ListingLinesAsync(Guid listingId) =>
        _host.Services.GetRequiredService<ICafListingLines>().LinesAsync(listingId, CancellationToken.None);

    /// <summary>The hub's services (the journal's key and options, say).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The hub's store, for tests that must shape a row by hand (one written by an older hub, say).</summary>
    public HubStore Store => _host.Services.GetRequiredService<HubStore>();

    public Task<Guid?> FindDossierKeyAsync(string key) => _host.Services.GetRequiredService<DossierKeyTable>().FindAsync(key);

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Partners.DisposeAsync();
        await _broker.DisposeAsync();
        await _store.DisposeAsync();
    }
}
