using System.Diagnostics;
using System.Net.Http.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Gateway;
using Ccapex.Hub.Host;
using Ccapex.Hub.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Ccapex.Hub.Telemetry.Tests;

/// <summary>
/// The hub (SQLite store) and the gateway in this process, on a broker virtual host of their own, each with an in-memory
/// exporter added to the telemetry its own registration configures: the spans both record, whatever process they belong to.
/// </summary>
internal sealed class TracedHub : IAsyncDisposable
{
    public const string HuissiersKey = "hk_5d2e8b1f4a7c0e3b9d6a2f5c8e1b4a7d";

    private readonly BrokerFixture _broker;
    private readonly string _dataDirectory;
    private readonly List<Activity> _hubSpans;
    private readonly List<Activity> _gatewaySpans;

    private TracedHub(BrokerFixture broker, string dataDirectory, IHost hub, WebApplication gateway, List<Activity> hubSpans, List<Activity> gatewaySpans)
    {
        _broker = broker;
        _dataDirectory = dataDirectory;
        Hub = hub;
        Gateway = gateway;
        _hubSpans = hubSpans;
        _gatewaySpans = gatewaySpans;
        Http = new HttpClient { BaseAddress = new Uri(GatewayApplication.Addresses(gateway).Single()), Timeout = TimeSpan.FromSeconds(60) };
    }

    public IHost Hub { get; }

    public WebApplication Gateway { get; }

    public HttpClient Http { get; }

    /// <summary>Every span ended so far, once (both providers see every source of the process).</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            // The exporters add to these lists from the processes' threads, without a lock of ours: copy until a copy
            // was not interrupted by an add.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return [.. _hubSpans.Concat(_gatewaySpans).DistinctBy(s => s.SpanId)];
                }
                catch (InvalidOperationException) when (attempt < 1000)
                {
                    Thread.Sleep(1);
                }
            }
        }
    }

    public static async Task<TracedHub> StartAsync()
    {
        var broker = await BrokerFixture.StartAsync();
        var dataDirectory = Path.Combine(Environment.GetEnvironmentVariable("CCAPEX_DATA_DIR") ?? Path.GetTempPath(), "telemetry-" + Guid.NewGuid().ToString("N"));
        List<Activity> hubSpans = [];
        List<Activity> gatewaySpans = [];
        var hub = HubHostBuilder.Create([], builder =>
        {
            builder.UseTestSettings(TimeProvider.System, InProcessHub.OnSqlite(broker.AmqpUri, dataDirectory));
            builder.Services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(hubSpans));
        }).Build();

        var gatewayBuilder = GatewayApplication.CreateBuilder(
        [
            "--Gateway:Port=0",
            "--Gateway:BindAddress=127.0.0.1",
            $"--Gateway:ApiKeys:HUISSIERS:0={ApiKeyStore.Hash(HuissiersKey)}",
            "--Gateway:ReceiptWait=00:00:10",
            "--Gateway:DropFolder:Enabled=false",
            $"--Gateway:RabbitMqUri={broker.AmqpUri}",
            $"--Gateway:DataDirectory={dataDirectory}",
        ]);
        gatewayBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
        gatewayBuilder.AddGatewayMessaging();
        gatewayBuilder.Services.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(gatewaySpans));
        var gateway = GatewayApplication.Build(gatewayBuilder);

        await hub.StartAsync();
        await gateway.StartAsync();
        return new TracedHub(broker, dataDirectory, hub, gateway, hubSpans, gatewaySpans);
    }

    /// <summary>A valid CDP with an act reference and a message id of its own, posted as the bailiffs.</summary>
    public async Task<(SubmitCdpNotification Message, HttpResponseMessage Answer)> PostCdpAsync()
    {
        var message = SampleMessages.SubmitCdpNotification() with
        {
            MessageId = Guid.NewGuid(),
            ActReference = $"OT-{Guid.NewGuid():N}"[..20],
            SentAt = DateTimeOffset.UtcNow,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/cdp-notifications") { Content = JsonContent.Create(message, options: ContractJson.Options) };
        request.Headers.Add("X-Api-Key", HuissiersKey);
        return (message, await Http.SendAsync(request));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Gateway.StopAsync();
        await Gateway.DisposeAsync();
        await Hub.StopAsync();
        Hub.Dispose();
        await _broker.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
