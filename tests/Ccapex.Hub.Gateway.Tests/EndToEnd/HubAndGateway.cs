using System.Reflection;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Gateway.Tests.EndToEnd;

/// <summary>
/// The real chain for the tests of this namespace: a broker virtual host of their own, the hub host as a child
/// process (from its own build folder), and the gateway in this process on the real bus.
/// </summary>
[SetUpFixture]
public sealed class HubAndGateway
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private static BrokerFixture? _broker;
    private static HubHostProcess? _hub;
    private static RunningGateway? _gateway;

    internal static RunningGateway Gateway => _gateway ?? throw new InvalidOperationException("The gateway is not started.");

    public static string HubReadyLine { get; private set; } = string.Empty;

    private static string HubDll { get; } = typeof(HubAndGateway).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "HubHostDll").Value!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = await BrokerFixture.StartAsync();
        await TestContext.Progress.WriteLineAsync($"Gateway end-to-end broker: {_broker.Description}");
        var dataRoot = Environment.GetEnvironmentVariable("CCAPEX_DATA_DIR") is { Length: > 0 } root ? root : Path.GetTempPath();
        _hub = HubHostProcess.Start(HubDll, new Dictionary<string, string?>
        {
            ["CCAPEX_RABBITMQ_URI"] = _broker.AmqpUri.ToString(),
            ["CCAPEX_DATA_DIR"] = Path.Combine(Path.GetFullPath(dataRoot), "gateway-e2e-" + Guid.NewGuid().ToString("N")),
            ["CCAPEX_HEALTH_PORT"] = null,
            ["CCAPEX_LOG_FORMAT"] = null,

            // The default store, SQLite in the data directory above, whatever store the shell points at.
            ["CCAPEX_STORE"] = null,
            ["CCAPEX_POSTGRES"] = null,
            ["Hub__ShutdownTimeout"] = "00:00:15",
            ["Hub__RabbitMq__Uri"] = null,
            ["DOTNET_ENVIRONMENT"] = "Production",
        });
        HubReadyLine = await _hub.WaitUntilReadyAsync(StartTimeout);

        // A generous receipt wait: the first dossier of a fresh hub opens its store.
        _gateway = await RunningGateway.StartAsync(null, $"--Gateway:RabbitMqUri={_broker.AmqpUri}", "--Gateway:ReceiptWait=00:00:20");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_hub is not null)
        {
            if (TestContext.CurrentContext.Result.FailCount > 0)
            {
                await TestContext.Progress.WriteLineAsync($"Hub output:{Environment.NewLine}{_hub.Output}");
            }

            await _hub.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}
