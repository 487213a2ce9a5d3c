using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Demo.Tests;

/// <summary>
/// What `./hub up` shows a newcomer: the simulated partners against the real hub on the compressed clock, from the
/// bailiffs' CDP to the partners' answers to the six-month follow-up, read from the demo's own feed.
/// </summary>
public sealed class When_the_demo_runs_against_a_real_hub
{
    private static readonly TimeSpan FeedTimeout = TimeSpan.FromSeconds(150);

    private BrokerFixture _broker = null!;
    private string _data = null!;
    private HubHostProcess? _hub;
    private HubHostProcess? _gateway;
    private HubHostProcess? _demo;

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = await BrokerFixture.StartAsync();
        var root = System.Environment.GetEnvironmentVariable("CCAPEX_DATA_DIR") is { Length: > 0 } dir ? dir : Path.GetTempPath();
        _data = Path.Combine(Path.GetFullPath(root), "demo-e2e-" + Guid.NewGuid().ToString("N"));
        var environment = DemoProcesses.Environment(_broker, _data, "500000");
        _hub = HubHostProcess.Start(DemoProcesses.HubDll, environment);
        await _hub.WaitUntilReadyAsync(DemoProcesses.StartTimeout);
        var port = DemoProcesses.FreePort();
        const string bailiffsKey = "hk_demo_e2e_5b2f8c1d9e4a7b3c6d0e";
        const string departementKey = "dk_demo_e2e_9a3c6e1f4b7d0a2c5e8b";
        _gateway = HubHostProcess.Start(DemoProcesses.GatewayDll, new Dictionary<string, string?>(environment)
        {
            ["Gateway__RabbitMqUri"] = _broker.AmqpUri.ToString(),
            ["Gateway__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway__DataDirectory"] = _data,
            ["Gateway__ApiKeys__HUISSIERS__0"] = DemoProcesses.Sha256(bailiffsKey),
            ["Gateway__ApiKeys__DEPARTEMENT__0"] = DemoProcesses.Sha256(departementKey),
        });
        await _gateway.WaitForLineAsync(l => l.Contains("Ccapex.Hub.Gateway ready", StringComparison.Ordinal), DemoProcesses.StartTimeout);
        _demo = HubHostProcess.Start(DemoProcesses.DemoDll, new Dictionary<string, string?>(environment)
        {
            ["Demo__CdpInterval"] = "00:00:01",
            ["Demo__ExamineOneIn"] = "1",
            ["Demo__GatewayUrl"] = $"http://127.0.0.1:{port}",
            ["Demo__GatewayKeys__HUISSIERS"] = bailiffsKey,
            ["Demo__GatewayKeys__DEPARTEMENT"] = departementKey,
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (TestContext.CurrentContext.Result.FailCount > 0)
        {
            await TestContext.Progress.WriteLineAsync($"Demo feed:{Environment.NewLine}{_demo?.Output}{Environment.NewLine}Hub:{Environment.NewLine}{_hub?.Output}");
        }

        // The partners first, as `./hub up` stops them.
        if (_demo is not null)
        {
            await _demo.DisposeAsync();
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        await _broker.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private Task<string> Feed(Func<string, bool> match) => _demo!.WaitForLineAsync(match, FeedTimeout);

    [Test, Order(1)]
    public async Task Should_route_a_cdp_to_the_drihl_and_the_letter_service()
    {
        Assert.That(await Feed(l => l.Contains("F1   HUISSIERS → DRIHL", StringComparison.Ordinal) && l.Contains("[HTTP]", StringComparison.Ordinal)), Does.Contain("CDP-DEMO-"));
        Assert.That(await Feed(l => l.Contains("F1   HUISSIERS → DRIHL", StringComparison.Ordinal) && l.Contains("[AMQP]", StringComparison.Ordinal)), Does.Contain("CDP-DEMO-"));
        Assert.That(await Feed(l => l.Contains("F2   hub → LETTER_SERVICE", StringComparison.Ordinal)), Does.Contain("SendAwarenessLetter"));
    }

    [Test, Order(2)]
    public async Task Should_send_the_caf_its_listing_and_take_its_answers()
    {
        Assert.That(await Feed(l => l.Contains("F3   hub → CAF", StringComparison.Ordinal)), Does.Contain("CAF listing"));
        Assert.That(await Feed(l => l.Contains("F4   hub → DRIHL", StringComparison.Ordinal)), Does.Contain("rights"));
    }

    [Test, Order(3)]
    public async Task Should_show_a_six_month_follow_up_and_its_answer()
    {
        Assert.That(await Feed(l => l.Contains("F11  hub → DEPARTEMENT", StringComparison.Ordinal)), Does.Contain("examination"));
        Assert.That(await Feed(l => l.Contains("F13  hub → DEPARTEMENT", StringComparison.Ordinal)), Does.Contain("six-month follow-up"));
        Assert.That(await Feed(l => l.Contains("F14  hub → DRIHL", StringComparison.Ordinal)), Does.Contain("six-month status"));
    }

    [Test, Order(4)]
    public async Task Should_take_the_departements_answer_over_http_and_the_cafs_over_amqp()
    {
        Assert.That(await Feed(l => l.Contains("F14  DEPARTEMENT → DRIHL", StringComparison.Ordinal)), Does.Contain("[HTTP]"));
        Assert.That(await Feed(l => l.Contains("F14  CAF → DRIHL", StringComparison.Ordinal)), Does.Contain("[AMQP]"));
    }

    [Test, Order(5)]
    public void Should_have_no_message_refused()
    {
        Assert.That(_demo!.Lines.Where(l => l.Contains("REFUSED", StringComparison.Ordinal) || l.Contains("failed", StringComparison.Ordinal)), Is.Empty);
    }
}
