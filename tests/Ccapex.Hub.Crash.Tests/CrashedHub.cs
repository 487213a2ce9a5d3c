using System.Text;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Host;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// One hub that a test kills and restarts: a broker virtual host and a store of its own that outlive
/// every run of the host process, a MassTransit bus playing the bailiffs, and raw AMQP consumers
/// playing the partners who receive. Each run is the real host (`dotnet Ccapex.Hub.Host.dll`).
/// </summary>
internal sealed class CrashedHub : IAsyncDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>How long deliveries may take once the hub is up again: generous, the machine has 2 cores.</summary>
    public static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The line FailFast writes when an armed crash point is reached.</summary>
    public const string CrashLine = "the hub dies here on purpose";

    private readonly Dictionary<string, string?> _settings;
    private readonly List<HubHostProcess> _runs = [];
    private readonly Dictionary<string, PartnerInbox> _inboxes = [];
    private IConnection? _amqp;
    private IBusControl? _bailiffs;

    private CrashedHub(BrokerFixture broker, CrashStore store, Dictionary<string, string?> settings)
    {
        Broker = broker;
        Store = store;
        _settings = settings;
    }

    public static Uri IntakeAddress { get; } = new($"queue:{BrokerNames.CdpNotificationIntake}");

    public BrokerFixture Broker { get; }

    public CrashStore Store { get; }

    /// <summary>The bailiffs' chamber as a .NET partner on MassTransit: it sends CDPs and asks for receipts.</summary>
    public IBus Bailiffs => _bailiffs ?? throw new InvalidOperationException("Not started.");

    private HubHostProcess? Current { get; set; }

    public int Runs => _runs.Count;

    /// <summary>The hub's settings for every run (routing options, say), on top of the broker and the store.</summary>
    public static async Task<CrashedHub> CreateAsync(StoreProvider provider, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var store = CrashStore.Create(provider);
        var broker = await BrokerFixture.StartAsync();
        var environment = new Dictionary<string, string?>(store.HostSettings())
        {
            [HubEnvironment.RabbitMqUri] = broker.AmqpUri.ToString(),
            [HubEnvironment.HealthPort] = null,
            [HubEnvironment.LogFormat] = null,
            [HubEnvironment.RulesFile] = null,
            [CrashPoint.Variable] = null,
            ["Hub__RabbitMq__Uri"] = null,
            ["Hub__ShutdownTimeout"] = "00:00:10",
            ["DOTNET_ENVIRONMENT"] = "Production",

            // A crash on purpose must not leave a core dump per run behind.
            ["DOTNET_DbgEnableMiniDump"] = "0",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        var hub = new CrashedHub(broker, store, environment);
        hub._amqp = await new ConnectionFactory { Uri = broker.AmqpUri, ClientProvidedName = "ccapex-crash-test-partners" }.CreateConnectionAsync();
        hub._bailiffs = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker.AmqpUri);
            cfg.ConfigureJsonSerializerOptions(ContractJson.Apply);

            // Through the hub's intake exchanges only a hub process may ask for an answer (issue 10): this client
            // stands in for the gateway, under its names.
            cfg.OverrideDefaultBusEndpointQueueName(BrokerNames.BusEndpoint("gateway"));
        });
        await hub._bailiffs.StartAsync();
        return hub;
    }

    /// <summary>A partner's queue, consumed from now on (declared if the hub has not sent to it yet).</summary>
    public async Task<PartnerInbox> InboxAsync(PartnerCode partner)
    {
        var queue = BrokerNames.PartnerQueue(partner);
        if (!_inboxes.TryGetValue(queue, out var inbox))
        {
            inbox = await PartnerInbox.OpenAsync(_amqp!, queue);
            _inboxes[queue] = inbox;
        }

        return inbox;
    }

    /// <summary>
    /// Starts a run, armed with <paramref name="crashAt"/> (CCAPEX_CRASH_AT) or not, and waits until it
    /// consumes; an armed run may also reach its point first (a backlog from the previous run).
    /// </summary>
    public async Task<HubHostProcess> StartAsync(string? crashAt = null)
    {
        var run = Launch(crashAt);
        await run.WaitForLineAsync(
            line => line.Contains("Ccapex.Hub ready", StringComparison.Ordinal) || (crashAt is not null && line.Contains(CrashLine, StringComparison.Ordinal)),
            StartTimeout);
        return run;
    }

    /// <summary>Starts a run without waiting for it: an armed run may die before it says it is ready.</summary>
    public HubHostProcess Launch(string? crashAt = null)
    {
        if (Current is { HasExited: false })
        {
            throw new InvalidOperationException("The previous run of the hub is still alive.");
        }

        var environment = new Dictionary<string, string?>(_settings) { [CrashPoint.Variable] = crashAt };
        Current = HubHostProcess.Start(Path.Combine(AppContext.BaseDirectory, "Ccapex.Hub.Host.dll"), environment);
        _runs.Add(Current);
        return Current;
    }

    /// <summary>
    /// Starts one more hub process on the same store and broker while the others run (another instance,
    /// not a restart), with <paramref name="settings"/> on top of the hub's, and waits until it consumes.
    /// </summary>
    public async Task<HubHostProcess> StartInstanceAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>(_settings);
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        var run = HubHostProcess.Start(Path.Combine(AppContext.BaseDirectory, "Ccapex.Hub.Host.dll"), environment);
        _runs.Add(run);
        await run.WaitUntilReadyAsync(StartTimeout);
        return run;
    }

    /// <summary>Waits for the armed run to kill itself at its crash point, and checks it died there and nowhere else.</summary>
    public async Task WaitForCrashAsync()
    {
        var run = Current ?? throw new InvalidOperationException("No run.");
        var exitCode = await run.WaitForExitAsync(DeliveryTimeout);
        Assert.That(exitCode, Is.Not.Zero, $"the armed run should have died at its crash point.{Environment.NewLine}{Story()}");
        await run.WaitForLineAsync(line => line.Contains(CrashLine, StringComparison.Ordinal), TimeSpan.FromSeconds(5));
    }

    /// <summary>SIGKILL to the whole process tree: nothing gets to finish, nothing is acked, nothing flushed.</summary>
    public async Task KillAsync()
    {
        var run = Current ?? throw new InvalidOperationException("No run.");
        run.Kill();
        await run.WaitForExitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// Waits until the hub has nothing left to do: no outbox row due and unsent, and no message waiting
    /// in the hub's own queues, twice in a row a moment apart (a message in hand shows in neither).
    /// </summary>
    public async Task SettleAsync()
    {
        var deadline = DateTime.UtcNow + DeliveryTimeout;
        var quiet = 0;
        while (quiet < 3)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The hub did not settle within {DeliveryTimeout}.{Environment.NewLine}{Story()}");
            }

            await Task.Delay(300);
            var pending = (await Store.OutboxAsync()).Count(r => r.IsPendingNow);
            var waiting = await ReadyInHubQueuesAsync();
            quiet = pending == 0 && waiting == 0 ? quiet + 1 : 0;
        }
    }

    /// <summary>Waits until the store shows <paramref name="what"/>: the tests kill the hub at a moment the store proves, not after a guessed delay.</summary>
    public async Task WaitForStoreAsync(Func<CrashStore, Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + DeliveryTimeout;
        while (!await done(Store))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The store did not show {what} within {DeliveryTimeout}.{Environment.NewLine}{Story()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Messages sitting in the _error queue of every hub endpoint, by queue; none is what a test wants.</summary>
    public async Task<IReadOnlyDictionary<string, uint>> ErrorQueuesAsync()
    {
        var counts = new Dictionary<string, uint>();
        foreach (var queue in HubQueues)
        {
            counts[queue + BrokerNames.ErrorSuffix] = await MessageCountAsync(queue + BrokerNames.ErrorSuffix);
        }

        return counts;
    }

    /// <summary>Everything the runs wrote, run by run: the story to read when a test fails.</summary>
    public string Story()
    {
        var story = new StringBuilder();
        for (var i = 0; i < _runs.Count; i++)
        {
            var run = _runs[i];
            var state = run.HasExited ? "exited" : "alive";
            story.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"----- hub run {i + 1} (pid {run.Id}, {state}) -----");
            story.AppendLine(run.Output);
        }

        return story.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.CurrentContext.Result.FailCount > 0)
        {
            await TestContext.Progress.WriteLineAsync(Story());
        }

        foreach (var run in _runs)
        {
            await run.DisposeAsync();
        }

        if (_bailiffs is not null)
        {
            await _bailiffs.StopAsync();
        }

        if (_amqp is not null)
        {
            await _amqp.CloseAsync();
            _amqp.Dispose();
        }

        await Broker.DisposeAsync();
        await Store.DisposeAsync();
    }

    /// <summary>The queues the hub consumes: one intake per inbound type, the two sagas.</summary>
    private static IEnumerable<string> HubQueues =>
        InboundMessages.All.Select(BrokerNames.IntakeQueue)
            .Append(BrokerNames.DossierQueue)
            .Append(BrokerNames.CafListingQueue);

    private async Task<uint> ReadyInHubQueuesAsync()
    {
        uint total = 0;
        foreach (var queue in HubQueues)
        {
            total += await MessageCountAsync(queue);
        }

        return total;
    }

    /// <summary>The exact count of ready messages (AMQP passive declare; the management API's figures lag by seconds).</summary>
    private async Task<uint> MessageCountAsync(string queue)
    {
        await using var channel = await _amqp!.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }
}
