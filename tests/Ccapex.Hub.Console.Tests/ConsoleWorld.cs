using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Consultations;
using Ccapex.Hub.Console.Dossiers;
using Ccapex.Hub.Console.Store;
using Ccapex.Hub.Flows.Tests;
using Ccapex.Hub.Host;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Console.Tests;

/// <summary>
/// The hub (in process, the host's own registrations, on a broker virtual host of its own, with a fake clock) and the
/// console (on a free loopback port) on one store, shared by every fixture of a store: tests use households and
/// accounts of their own. The console reads the hub's date from the hub's own clock, as under `./hub up`; its
/// sessions and lockouts run on a clock of their own (<see cref="SecurityClock"/>).
/// </summary>
internal sealed class ConsoleWorld : IAsyncDisposable
{
    private static readonly Dictionary<ConsoleStoreProvider, Task<ConsoleWorld>> Worlds = [];

    private readonly TestStore _store;
    private readonly BrokerFixture _broker;
    private readonly IHost _hub;
    private readonly WebApplication _console;

    private ConsoleWorld(TestStore store, BrokerFixture broker, IHost hub, WebApplication console, FakeTimeProvider hubClock,
        FakeTimeProvider securityClock, PartnerInboxes partners)
    {
        _store = store;
        _broker = broker;
        _hub = hub;
        _console = console;
        HubClock = hubClock;
        SecurityClock = securityClock;
        Partners = partners;
    }

    public FakeTimeProvider HubClock { get; }

    public FakeTimeProvider SecurityClock { get; }

    public PartnerInboxes Partners { get; }

    public ConsoleStoreProvider Provider => _store.Provider;

    public Uri Address => ConsoleApplication.Address(_console);

    public DateOnly Today => DateOnly.FromDateTime(HubClock.GetUtcNow().UtcDateTime);

    public T Console<T>()
        where T : notnull => _console.Services.GetRequiredService<T>();

    public static Task<ConsoleWorld> For(ConsoleStoreProvider provider)
    {
        lock (Worlds)
        {
            if (!Worlds.TryGetValue(provider, out var world))
            {
                world = StartAsync(provider);
                Worlds[provider] = world;
            }

            return world;
        }
    }

    public static async Task DisposeAllAsync()
    {
        List<Task<ConsoleWorld>> worlds;
        lock (Worlds)
        {
            worlds = [.. Worlds.Values];
            Worlds.Clear();
        }

        foreach (var world in worlds)
        {
            if (world.IsCompletedSuccessfully)
            {
                await world.Result.DisposeAsync();
            }
        }
    }

    /// <summary>An enabled account with a password of its own; its login is new.</summary>
    public async Task<(string Login, string Password)> AddUserAsync(ConsoleRole role)
    {
        var login = $"{ConsoleRoles.Name(role)}.{Guid.NewGuid().ToString("N")[..8]}";
        var password = UsersCommand.NewPassword();
        var hasher = Console<IPasswordHasher<ConsoleUser>>();
        var placeholder = new ConsoleUser { Id = Guid.Empty, Login = login, Role = role, PasswordHash = "", SecurityStamp = "", Enabled = true };
        Assert.That(await Console<UserStore>().AddAsync(login, role, hasher.HashPassword(placeholder, password), CancellationToken.None), Is.True);
        return (login, password);
    }

    /// <summary>F1 from the bailiffs through the hub's intake; returns the dossier of the receipt.</summary>
    public async Task<Guid> OpenDossierWithCdp(SubmitCdpNotification cdp)
    {
        ArgumentNullException.ThrowIfNull(cdp);
        await Partners.SendAsync(cdp);
        var answer = await Partners.WaitForAnswer(cdp.Sender, cdp.MessageId);
        Assert.That(answer.Is<CdpNotificationAccepted>(), Is.True, () => $"expected the CDP accepted, got {answer}: {answer.Message}");
        return answer.As<CdpNotificationAccepted>().DossierId;
    }

    /// <summary>Any other partner message through the hub's intake; returns the dossier of the receipt.</summary>
    public async Task<Guid> SendAccepted<T>(T message)
        where T : class, IPartnerMessage
    {
        ArgumentNullException.ThrowIfNull(message);
        await Partners.SendAsync(message);
        var answer = await Partners.WaitForAnswer(message.Sender, message.MessageId);
        Assert.That(answer.Is<MessageAccepted>(), Is.True, () => $"expected {typeof(T).Name} accepted, got {answer}: {answer.Message}");
        return answer.As<MessageAccepted>().DossierId;
    }

    /// <summary>A household no other test has, its name written with accents: "Lefèvre-Œuvray Xqzt", Hélène.</summary>
    public static Household NewAccentedHousehold(out string suffix)
    {
        suffix = string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6).Select(c => (char)('a' + (c - 'a' + 7) % 26)));
        var name = "Lefèvre-Œuvray " + char.ToUpperInvariant(suffix[0]) + suffix[1..];
        return SampleMessages.Household() with { Tenants = [new PersonName { LastName = name, FirstName = "Hélène" }] };
    }

    /// <summary>Moves the hub's clock and has its relay send what came due (reminders, listings); what they cause follows on its own.</summary>
    public async Task AdvanceHubAsync(TimeSpan by)
    {
        HubClock.Advance(by);
        await _hub.Services.GetRequiredService<OutboxRelay>().DispatchDueAsync();
    }

    /// <summary>The dossier as the console reads it from the store, once <paramref name="until"/> holds.</summary>
    public async Task<DossierRecord> DossierAsync(Guid id, Func<DossierRecord, bool>? until = null)
    {
        DossierRecord? record = null;
        await Eventually.Until(
            async () => (record = await Console<DossierRows>().LoadAsync(id, CancellationToken.None)) is { } r && (until?.Invoke(r) ?? true),
            () => $"dossier {id} not in the expected state in the store");
        return record!;
    }

    public Task<IReadOnlyList<Consultation>> ConsultationsAsync(Guid dossierId) =>
        Console<IDossierConsultations>().LatestAsync(dossierId, 100, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _console.StopAsync();
        await _console.DisposeAsync();
        await _hub.StopAsync();
        _hub.Dispose();
        await Partners.DisposeAsync();
        await _broker.DisposeAsync();
        await _store.DisposeAsync();
    }

    private static async Task<ConsoleWorld> StartAsync(ConsoleStoreProvider provider)
    {
        var store = TestStore.Create(provider);
        var broker = await BrokerFixture.StartAsync();
        await TestContext.Progress.WriteLineAsync($"Console on {provider}: {broker.Description}");
        var hubClock = new FakeTimeProvider(SampleMessages.DayAfterCdp);
        var hub = HubHostBuilder.Create([], builder => builder.UseTestSettings(hubClock, [.. InProcessHub.On(broker.AmqpUri), .. store.HubSettings])).Build();
        await hub.StartAsync();

        // Real time for sessions and lockouts, until a test moves it.
        var securityClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var builder = ConsoleApplication.CreateBuilder(["--Console:Port=0", "--Logging:LogLevel:Default=Warning", .. store.ConsoleArguments]);
        builder.Services.AddSingleton<TimeProvider>(securityClock);
        builder.Services.AddSingleton(new HubClock(hubClock));
        var console = ConsoleApplication.Build(builder);
        await console.StartAsync();
        return new ConsoleWorld(store, broker, hub, console, hubClock, securityClock, await PartnerInboxes.ConnectAsync(broker.AmqpUri));
    }
}
