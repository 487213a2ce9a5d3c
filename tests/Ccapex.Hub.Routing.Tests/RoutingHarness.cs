using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Testing;
using MassTransit;
using MassTransit.Saga;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// The routing endpoints on MassTransit's in-memory harness with a fake clock. The harness keeps saga
/// instances in memory, so this stands in for the outbox relay and the
/// store's saga items and write participants: it stores the listing's lines and files the dossiers' handled messages, releases what each saga recorded,
/// holds what is not yet due, and honours cancellations, exactly as the relay does with the outbox table.
/// </summary>
public sealed class RoutingHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = SampleMessages.DayAfterCdp;

    private readonly ServiceProvider _provider;
    private readonly List<OutboxEntry> _scheduled = [];
    private readonly HashSet<Guid> _released = [];

    private RoutingHarness(ServiceProvider provider, FakeTimeProvider clock)
    {
        _provider = provider;
        Clock = clock;
        Harness = provider.GetRequiredService<ITestHarness>();
    }

    public FakeTimeProvider Clock { get; }

    public ITestHarness Harness { get; }

    public List<Delivered> Deliveries { get; } = [];

    /// <summary>How many outbox entries carried an id already released: must stay 0 (nothing twice).</summary>
    public int DuplicateReleases { get; private set; }

    public static async Task<RoutingHarness> StartAsync(Action<RoutingOptions>? configure = null, Func<Charter.CharterRules>? rules = null)
    {
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddHubRouting(rules);
        services.Configure<RoutingOptions>(o => configure?.Invoke(o));
        services.AddSingleton<IDossierDirectory, InMemoryDossierDirectory>();
        services.AddSingleton<InMemoryHandledMessageJournal>();
        services.AddSingleton<IHandledMessageJournal>(provider => provider.GetRequiredService<InMemoryHandledMessageJournal>());
        services.AddSingleton<InMemoryCafListingLines>();
        services.AddSingleton<ICafListingLines>(provider => provider.GetRequiredService<InMemoryCafListingLines>());
        services.AddMassTransitTestHarness(x => x.AddHubRoutingEndpoints());
        var harness = new RoutingHarness(services.BuildServiceProvider(validateScopes: true), clock);
        await harness.Harness.Start();
        return harness;
    }

    public async Task SubmitAsync<T>(T message, Action<PublishContext<T>>? configure = null)
        where T : class
    {
        await Harness.Bus.Publish(message, context => configure?.Invoke(context));
        await PumpAsync();
    }

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await PumpAsync();
    }

    public IReadOnlyList<Delivered> To(PartnerCode partner) => Deliveries.Where(d => d.IsFor(partner)).ToList();

    public IReadOnlyList<T> To<T>(PartnerCode partner) =>
        To(partner).Where(d => d.MessageType == typeof(T).FullName).Select(d => d.As<T>()).ToList();

    public Dossier Dossier(Guid id) =>
        Dossiers().SingleOrDefault(d => d.CorrelationId == id) ?? throw new AssertionException($"No dossier {id}.");

    /// <summary>
    /// Read from the in-memory repository itself: the intake writes dossiers through it, not through the state
    /// machine's endpoint, so the saga harness's list does not see them.
    /// </summary>
    public IReadOnlyList<Dossier> Dossiers() =>
        _provider.GetRequiredService<IndexedSagaDictionary<Dossier>>().Where(new SagaQuery<Dossier>(_ => true)).Select(s => s.Instance).ToList();

    /// <summary>The listing's row, read from its repository (the lines consumer writes it there, not through the saga harness).</summary>
    public async Task<CafListing?> ListingAsync() => await _provider.GetRequiredService<ILoadSagaRepository<CafListing>>().Load(CafListing.InstanceId);

    /// <summary>The refusals the intake answered at once (no dossier touched).</summary>
    public IReadOnlyList<MessageRejected> IntakeRejections() =>
        Harness.Sent.Select<MessageRejected>().Select(s => s.Context.Message).ToList();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }

    private async Task PumpAsync()
    {
        for (var round = 0; round < 100; round++)
        {
            await Settle();
            var due = await Collect();
            if (due.Count == 0)
            {
                return;
            }

            foreach (var entry in due)
            {
                await Release(entry);
            }
        }

        throw new InvalidOperationException("The routing did not settle after 100 rounds: a message loop?");
    }

    /// <summary>Waits until the bus has been quiet for a while: nothing sent, published or consumed.</summary>
    private async Task Settle()
    {
        var quietFor = TimeSpan.FromMilliseconds(120);
        var last = -1;
        var since = DateTime.UtcNow;
        while (true)
        {
            var activity = Harness.Consumed.Select(_ => true).Count() + Harness.Sent.Select(_ => true).Count() + Harness.Published.Select(_ => true).Count();
            if (activity != last)
            {
                last = activity;
                since = DateTime.UtcNow;
            }
            else if (DateTime.UtcNow - since >= quietFor)
            {
                return;
            }

            await Task.Delay(10);
        }
    }

    private async Task<List<OutboxEntry>> Collect()
    {
        // The lines consumer writes the listing through the repository, not the state machine's pipe, so the
        // saga harness's list does not see it: it is read from the repository.
        var listing = await _provider.GetRequiredService<ILoadSagaRepository<CafListing>>().Load(CafListing.InstanceId);
        if (listing is not null)
        {
            _provider.GetRequiredService<InMemoryCafListingLines>().Apply(listing);
        }

        var journal = _provider.GetRequiredService<InMemoryHandledMessageJournal>();
        foreach (var dossier in Dossiers())
        {
            journal.Apply(dossier);
        }

        var carriers = Dossiers().Cast<IOutboxCarrier>().Concat(listing is null ? [] : [listing]);
        foreach (var carrier in carriers)
        {
            _scheduled.RemoveAll(e => e.CancelKey is not null && carrier.PendingCancellations.Contains(e.CancelKey));
            carrier.PendingCancellations.Clear();
            _scheduled.AddRange(carrier.PendingOutbox);
            carrier.PendingOutbox.Clear();
        }

        var now = Clock.GetUtcNow();
        var due = _scheduled.Where(e => e.DueAt is null || e.DueAt <= now).ToList();
        _scheduled.RemoveAll(due.Contains);
        return due;
    }

    private async Task Release(OutboxEntry entry)
    {
        if (!_released.Add(entry.MessageId))
        {
            DuplicateReleases++;
            return;
        }

        var queue = entry.Destination["queue:".Length..];
        if (!queue.StartsWith("ccapex.routing.", StringComparison.Ordinal))
        {
            Deliveries.Add(new Delivered(queue, entry.MessageType.FullName!, entry.MessageId, JsonNode.Parse(entry.Body)!.AsObject()));
            return;
        }

        var message = JsonSerializer.Deserialize(entry.Body, entry.MessageType, ContractJson.Options)!;
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri(entry.Destination));
        await endpoint.Send(message, message.GetType(), context =>
        {
            context.MessageId = entry.MessageId;
            context.CorrelationId = entry.CorrelationId;
        });
    }
}
