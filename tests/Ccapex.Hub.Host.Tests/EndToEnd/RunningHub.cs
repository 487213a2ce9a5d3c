using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>
/// One hub for the end-to-end tests of this namespace: a broker virtual host of their own, the real
/// host as a child process (started and awaited through its "ready" line), and a MassTransit client
/// bus playing a .NET partner.
/// </summary>
[SetUpFixture]
public sealed class RunningHub
{
    public static readonly TimeSpan ReceiptTimeout = TimeSpan.FromSeconds(30);

    private static BrokerFixture? _broker;
    private static HubHostProcess? _host;
    private static IBusControl? _client;

    public static BrokerFixture Broker => _broker ?? throw new InvalidOperationException("The hub is not started.");

    public static HubHostProcess Host => _host ?? throw new InvalidOperationException("The hub is not started.");

    public static IBus Client => _client ?? throw new InvalidOperationException("The hub is not started.");

    public static int HealthPort { get; private set; }

    public static string ReadyLine { get; private set; } = string.Empty;

    public static Uri IntakeAddress { get; } = new($"queue:{BrokerNames.CdpNotificationIntake}");

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = await BrokerFixture.StartAsync();
        await TestContext.Progress.WriteLineAsync($"End-to-end broker: {_broker.Description}");

        HealthPort = HubHost.FreePort();
        _host = HubHost.Start(HubHost.Environment(_broker.AmqpUri, HealthPort));
        ReadyLine = await _host.WaitUntilReadyAsync(HubHost.StartTimeout);

        _client = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(_broker.AmqpUri);
            cfg.ConfigureJsonSerializerOptions(ContractJson.Apply);

            // Through the hub's intake exchanges only a hub process may ask for an answer (issue 10): this client
            // stands in for the gateway, under its names.
            cfg.OverrideDefaultBusEndpointQueueName(BrokerNames.BusEndpoint("gateway"));
        });
        await _client.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
        }

        if (_host is not null)
        {
            if (TestContext.CurrentContext.Result.FailCount > 0)
            {
                await TestContext.Progress.WriteLineAsync($"Hub output:{Environment.NewLine}{_host.Output}");
            }

            await _host.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}
