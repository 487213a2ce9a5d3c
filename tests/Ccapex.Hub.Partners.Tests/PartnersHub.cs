using Ccapex.Hub.Host;
using Ccapex.Hub.Partners.Caf;
using Ccapex.Hub.Partners.Prefecture;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// The hub and both reference workers in this process, each with its own registrations, on a broker virtual host
/// of their own, the hub on a SQLite store in a temporary folder, everyone on one fake clock the tests move.
/// The CAF's extract and the Préfecture's events folder live in the same folder.
/// </summary>
internal sealed class PartnersHub : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];
    private BrokerFixture? _broker;
    private HubTap? _tap;

    private PartnersHub()
    {
    }

    public FakeTimeProvider Clock { get; } = new(SampleMessages.DayAfterCdp);

    public string Folder { get; } = Directory.CreateTempSubdirectory("ccapex-partners-").FullName;

    public string ExtractFile => Path.Combine(Folder, "allocataires.csv");

    public string EventsFolder => Path.Combine(Folder, "prefecture-events");

    public HubTap Tap => _tap ?? throw new InvalidOperationException("The tap is not connected.");

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private IHost Hub => _hosts[0];

    public static async Task<PartnersHub> StartAsync(IEnumerable<KeyValuePair<string, string?>> hubSettings)
    {
        var hub = new PartnersHub();
        try
        {
            await File.WriteAllBytesAsync(hub.ExtractFile, Extracts.Utf8());
            hub._broker = await BrokerFixture.StartAsync();
            await TestContext.Progress.WriteLineAsync($"Partners on {hub._broker.Description}");
            await hub.StartAsync(HubHostBuilder.Create([], b => b.UseTestSettings(hub.Clock, [.. InProcessHub.OnSqlite(hub._broker!.AmqpUri, Path.Combine(hub.Folder, "hub")), .. hubSettings])));
            hub._tap = await HubTap.ConnectAsync(hub._broker.AmqpUri,
                [PartnerCode.Caf, PartnerCode.PrefecturePolice, PartnerCode.Huissiers, PartnerCode.Drihl, PartnerCode.Departement],
                [typeof(HousingBenefitRightsChecked), typeof(SixMonthStatusReported)]);
            var caf = CafWorker.Create([]);
            caf.UseTestSettings(hub.Clock, hub.WorkerSettings());
            await hub.StartAsync(caf);
            var prefecture = PrefectureWorker.Create([]);
            prefecture.UseTestSettings(hub.Clock, hub.WorkerSettings());
            await hub.StartAsync(prefecture);
            return hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    /// <summary>Moves the clock and has the hub's relay send what came due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Hub.Services.GetRequiredService<OutboxRelay>().DispatchDueAsync();
    }

    public async Task<Dossier> DossierAsync(Guid id) =>
        await Hub.Services.GetRequiredService<ILoadSagaRepository<Dossier>>().Load(id) ?? throw new AssertionException($"No dossier {id} in the store.");

    public async Task<CafListing?> CafListingAsync() =>
        await Hub.Services.GetRequiredService<ILoadSagaRepository<CafListing>>().Load(CafListing.InstanceId);

    /// <summary>Whether the dossier is a line of the CAF listing in progress (lines are rows of their own, ADR 0009).</summary>
    public async Task<bool> IsListedAsync(Guid dossier) =>
        await CafListingAsync() is { ListingId: { } listing }
        && await Hub.Services.GetRequiredService<ICafListingLines>().IsListedAsync(dossier, [listing], CancellationToken.None);

    /// <summary>Has the hub send the listing in progress, if any, by moving the clock past its period.</summary>
    public async Task EmptyCafListingAsync(TimeSpan period)
    {
        async Task<int> Pending() => (await CafListingAsync())?.LineCount ?? 0;
        if (await Pending() > 0)
        {
            await AdvanceAsync(period);
        }

        await Eventually.Until(async () => await Pending() == 0, () => "The pending CAF listing was not sent.");
    }

    /// <summary>Waits until the dossier in the store satisfies <paramref name="condition"/>, and returns it.</summary>
    public async Task<Dossier> DossierWhen(Guid id, Func<Dossier, bool> condition, string what)
    {
        Dossier? last = null;
        await Eventually.Until(async () => condition(last = await DossierAsync(id)), () => $"Dossier {id}: {what} (state {last?.CurrentState})");
        return last!;
    }

    /// <summary>Drops an event file the way the format asks: written under a temporary name, then renamed into incoming/.</summary>
    public async Task DropEventsAsync(string name, byte[] content)
    {
        var incoming = Path.Combine(EventsFolder, "incoming");
        var temporary = Path.Combine(incoming, name + ".tmp");
        await File.WriteAllBytesAsync(temporary, content);
        File.Move(temporary, Path.Combine(incoming, name));
    }

    public async ValueTask DisposeAsync()
    {
        // Workers first, so that nothing they send finds the hub gone.
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.StopAsync();
            host.Dispose();
        }

        if (_tap is not null)
        {
            await _tap.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }

    private async Task StartAsync(HostApplicationBuilder builder)
    {
        var host = builder.Build();
        _hosts.Add(host);
        await host.StartAsync();
    }

    private IEnumerable<KeyValuePair<string, string?>> WorkerSettings() =>
    [
        .. InProcessHub.On(_broker!.AmqpUri),
        new("Hub:FollowUp:Situation", nameof(FollowUpSituation.RepaymentPlanRespected)),
        new("Caf:ExtractFile", ExtractFile),
        new("Caf:Batch:MessageLimit", "10"),
        new("Caf:Batch:TimeLimit", "00:00:00.300"),
        new("Caf:Critical:ArrearsAbove", "10000"),
        new("Caf:Critical:ArrearsMonthsAbove", string.Empty),
        new("Caf:Critical:RightsSuspended", "true"),
        new("Caf:Critical:ChildrenWithArrearsMonthsAbove", string.Empty),
        new("Prefecture:EventsFolder", EventsFolder),
        new("Prefecture:ScanInterval", "00:00:00.200"),
    ];
}
