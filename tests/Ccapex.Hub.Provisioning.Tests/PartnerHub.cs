using Ccapex.Hub.Host;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// The hub hosted in this process with the host's own registrations (<see cref="HubHostBuilder"/>), on the
/// provisioned broker's virtual host under the privileged account, a SQLite store of its own and a fake clock.
/// The partners are provisioned before the hub starts: its declarations must agree with provisioning's.
/// </summary>
internal sealed class PartnerHub : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _dataDirectory;
    private readonly Dictionary<PartnerCode, PartnerConnection> _partners = [];

    private PartnerHub(ProvisionedBroker broker, IHost host, FakeTimeProvider clock, string dataDirectory)
    {
        Broker = broker;
        _host = host;
        Clock = clock;
        _dataDirectory = dataDirectory;
    }

    public ProvisionedBroker Broker { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Provisions the partners on a new virtual host and builds the hub; <see cref="StartAsync"/> starts it.</summary>
    public static async Task<PartnerHub> CreateAsync()
    {
        var broker = await ProvisionedBroker.CreateAsync();
        await broker.Provisioner.ProvisionAsync();
        var clock = new FakeTimeProvider(SampleMessages.DayAfterCdp);
        var data = Path.Combine(Path.GetTempPath(), "ccapex-provisioning-hub", Guid.NewGuid().ToString("N"));
        var host = HubHostBuilder.Create([], builder => builder.UseTestSettings(clock, InProcessHub.OnSqlite(broker.Broker.AmqpUri, data))).Build();
        return new PartnerHub(broker, host, clock, data);
    }

    public Task StartAsync() => _host.StartAsync();

    /// <summary>Moves the clock and has the relay send what came due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await _host.Services.GetRequiredService<OutboxRelay>().DispatchDueAsync();
    }

    public async Task<Dossier?> DossierAsync(Guid id) => await _host.Services.GetRequiredService<ILoadSagaRepository<Dossier>>().Load(id);

    /// <summary>The partner's one connection, reading its queue (two would share its deliveries between them).</summary>
    public async Task<PartnerConnection> PartnerAsync(PartnerCode partner)
    {
        if (!_partners.TryGetValue(partner, out var connection))
        {
            connection = await PartnerConnection.OpenAsync(partner, Broker.PartnerUri(partner));
            await connection.ConsumeAsync();
            _partners[partner] = connection;
        }

        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _partners.Values)
        {
            await connection.DisposeAsync();
        }

        await _host.StopAsync();
        _host.Dispose();
        await Broker.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
