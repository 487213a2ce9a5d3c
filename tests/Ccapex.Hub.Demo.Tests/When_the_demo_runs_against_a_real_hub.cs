using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Demo.Tests;

/// <summary>
/// What `./hub up` shows a newcomer, composed as it composes it: the hub, its gateway, the CAF's and the Préfecture's
/// reference workers and the simulated partners, each partner on its own provisioned broker account, on the
/// compressed clock; from the bailiffs' CDP to the answers to the six-month follow-up, read from the demo's feed.
/// </summary>
public sealed class When_the_demo_runs_against_a_real_hub
{
    private static readonly TimeSpan FeedTimeout = TimeSpan.FromSeconds(150);

    private BrokerFixture _broker = null!;
    private string _data = null!;
    private HubHostProcess? _hub;
    private HubHostProcess? _gateway;
    private HubHostProcess? _caf;
    private HubHostProcess? _prefecture;
    private HubHostProcess? _webhooks;
    private HubHostProcess? _demo;
    private DemoPartners? _partners;

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = await BrokerFixture.StartAsync();
        var root = System.Environment.GetEnvironmentVariable("CCAPEX_DATA_DIR") is { Length: > 0 } dir ? dir : Path.GetTempPath();
        _data = Path.Combine(Path.GetFullPath(root), "demo-e2e-" + Guid.NewGuid().ToString("N"));
        var environment = DemoProcesses.Environment(_broker, _data, "500000");
        _partners = await DemoPartners.ProvisionAsync(_broker, _data);
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

        var extract = Path.Combine(_data, "caf", "allocataires.csv");
        CafExtractWriter.Write(extract, 75018, 500);
        _caf = HubHostProcess.Start(DemoProcesses.CafWorkerDll, Worker(environment, PartnerCode.Caf, "Caf__ExtractFile", extract));
        var events = Path.Combine(_data, "prefecture");
        _prefecture = HubHostProcess.Start(DemoProcesses.PrefectureWorkerDll, Worker(environment, PartnerCode.PrefecturePolice, "Prefecture__EventsFolder", events));
        foreach (var worker in new[] { _caf, _prefecture })
        {
            await worker.WaitForLineAsync(l => l.Contains("worker ready", StringComparison.Ordinal), DemoProcesses.StartTimeout);
        }

        // The social landlords receive by webhook, from the hub's webhook worker, at an endpoint the demo runs.
        var secret = Path.Combine(_data, "bailleur-social.secret");
        await File.WriteAllTextAsync(secret, Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        var webhook = $"http://127.0.0.1:{DemoProcesses.FreePort()}/ccapex/";
        _webhooks = HubHostProcess.Start(DemoProcesses.WebhooksDll, new Dictionary<string, string?>(environment)
        {
            ["Webhooks__Partners__BAILLEUR_SOCIAL.PARIS_HABITAT__Url"] = webhook,
            ["Webhooks__Partners__BAILLEUR_SOCIAL.PARIS_HABITAT__SecretFile"] = secret,
        });
        await _webhooks.WaitForLineAsync(l => l.Contains("Ccapex.Hub.Webhooks ready", StringComparison.Ordinal), DemoProcesses.StartTimeout);

        _demo = HubHostProcess.Start(DemoProcesses.DemoDll, new Dictionary<string, string?>(environment)
        {
            ["Demo__CredentialsFile"] = _partners.Options.CredentialsPath,
            ["Demo__UserPrefix"] = _partners.Options.UserPrefix,
            ["Demo__SimulateCaf"] = "false",
            ["Demo__SimulatePrefecture"] = "false",
            ["Demo__PrefectureEventsFolder"] = events,
            ["Demo__PrefectureOneIn"] = "1",
            ["Demo__WebhookPartner"] = "BAILLEUR_SOCIAL.PARIS_HABITAT",
            ["Demo__WebhookPrefix"] = webhook,
            ["Demo__WebhookSecretFile"] = secret,
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

        if (_webhooks is not null)
        {
            await _webhooks.DisposeAsync();
        }

        if (_prefecture is not null)
        {
            await _prefecture.DisposeAsync();
        }

        if (_caf is not null)
        {
            await _caf.DisposeAsync();
        }

        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        if (_partners is not null)
        {
            await _partners.DisposeAsync();
        }

        await _broker.DisposeAsync();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    /// <summary>A reference worker's settings: the partner's own account (password in its environment only) and its exchange.</summary>
    private Dictionary<string, string?> Worker(Dictionary<string, string?> environment, PartnerCode partner, string inputKey, string input) =>
        new(environment)
        {
            ["Hub__RabbitMq__Uri"] = _broker.AmqpUri.ToString(),
            ["Hub__RabbitMq__Username"] = _partners!.User(partner),
            ["Hub__RabbitMq__Password"] = _partners.Password(partner),
            ["Hub__PartnerExchange"] = BrokerNames.PartnerExchange(partner),
            [inputKey] = input,
        };

    private Task<string> Feed(Func<string, bool> match) => _demo!.WaitForLineAsync(match, FeedTimeout);

    [Test, Order(1)]
    public async Task Should_route_a_cdp_to_the_drihl_and_the_letter_service()
    {
        Assert.That(await Feed(l => l.Contains("F1   HUISSIERS → DRIHL", StringComparison.Ordinal) && l.Contains("[HTTP]", StringComparison.Ordinal)), Does.Contain("CDP-DEMO-"));
        Assert.That(await Feed(l => l.Contains("F1   HUISSIERS → DRIHL", StringComparison.Ordinal) && l.Contains("[AMQP]", StringComparison.Ordinal)), Does.Contain("CDP-DEMO-"));
        Assert.That(await Feed(l => l.Contains("F2   hub → LETTER_SERVICE", StringComparison.Ordinal)), Does.Contain("SendAwarenessLetter"));
    }

    [Test, Order(2)]
    public async Task Should_have_the_caf_worker_answer_each_household_of_its_listing()
    {
        Assert.That(await Feed(l => l.Contains("F4   hub → DRIHL", StringComparison.Ordinal)), Does.Contain("rights"));
        Assert.That(await _caf!.WaitForLineAsync(l => l.Contains("listing", StringComparison.OrdinalIgnoreCase), FeedTimeout), Is.Not.Empty);
    }

    [Test, Order(3)]
    public async Task Should_have_the_prefecture_worker_send_the_events_of_its_files()
    {
        Assert.That(await Feed(l => l.Contains("F7   PREFECTURE_POLICE → DRIHL", StringComparison.Ordinal)), Does.Contain("[event file]"));
        Assert.That(await Feed(l => l.Contains("F7   hub → DRIHL", StringComparison.Ordinal)), Does.Contain("ReportDaloCfpRisk"));
    }

    [Test, Order(4)]
    public async Task Should_show_a_six_month_follow_up_and_its_answer()
    {
        Assert.That(await Feed(l => l.Contains("F11  hub → DEPARTEMENT", StringComparison.Ordinal)), Does.Contain("examination"));
        Assert.That(await Feed(l => l.Contains("F13  hub → DEPARTEMENT", StringComparison.Ordinal)), Does.Contain("six-month follow-up"));
        Assert.That(await Feed(l => l.Contains("F14  hub → DRIHL", StringComparison.Ordinal)), Does.Contain("six-month status"));
    }

    [Test, Order(5)]
    public async Task Should_take_the_departements_answer_over_http_and_another_partners_over_amqp()
    {
        Assert.That(await Feed(l => l.Contains("F14  DEPARTEMENT → DRIHL", StringComparison.Ordinal)), Does.Contain("[HTTP]"));
        Assert.That(await Feed(l => l.Contains("F14  hub → DRIHL", StringComparison.Ordinal) && l.Contains("NoContact", StringComparison.Ordinal)), Is.Not.Empty,
            "the CAF worker answers with its configured situation, over its own exchange");
    }

    [Test, Order(6)]
    public async Task Should_deliver_to_each_social_landlord_its_own_tenants_and_take_their_answers()
    {
        // Two social landlords, each its own identity (ADR 0014): Paris Habitat by signed webhook, the RIVP over AMQP.
        Assert.That(await Feed(l => l.Contains("F13  hub → BAILLEUR_SOCIAL.PARIS_HABITAT", StringComparison.Ordinal)), Does.Contain("[webhook, signature checked]"));
        Assert.That(await Feed(l => l.Contains("F14  BAILLEUR_SOCIAL.PARIS_HABITAT → DRIHL", StringComparison.Ordinal)), Does.Contain("[AMQP]"));
        Assert.That(await Feed(l => l.Contains("F13  hub → BAILLEUR_SOCIAL.RIVP", StringComparison.Ordinal)), Does.Not.Contain("webhook"));
        Assert.That(await Feed(l => l.Contains("F14  BAILLEUR_SOCIAL.RIVP → DRIHL", StringComparison.Ordinal)), Does.Contain("[AMQP]"));

        // A social landlord refers its tenant before it assigns (F18, art. 24 II).
        Assert.That(await Feed(l => l.Contains("F18  BAILLEUR_SOCIAL.", StringComparison.Ordinal)), Does.Contain("[AMQP]"));

        // Each landlord checks what it gets against the landlord of the CDP the demo sent for that dossier.
        Assert.That(_demo!.Lines.Where(l => l.Contains("CONFINEMENT FAILED", StringComparison.Ordinal)), Is.Empty);
    }

    [Test, Order(7)]
    public void Should_have_no_message_refused_nor_any_partner_fail()
    {
        var processes = new[] { _demo!, _caf!, _prefecture!, _webhooks! };
        Assert.That(processes.SelectMany(p => p.Lines).Where(l => l.Contains("REFUSED", StringComparison.Ordinal) || l.Contains("fail", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        Assert.That(Directory.GetFiles(Path.Combine(_data, "prefecture", "failed")), Is.Empty);
    }
}
