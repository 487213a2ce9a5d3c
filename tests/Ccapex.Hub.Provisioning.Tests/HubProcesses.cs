using System.Net;
using System.Net.Sockets;
using System.Text;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Gateway;
using Ccapex.Hub.Host;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Webhooks;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>
/// The hub, the gateway's messaging and the webhook worker hosted in this process with their own registrations,
/// each on the broker user provisioning made for it (not the privileged account), and a webhook endpoint on a
/// loopback port that records what it is posted. A permission missing shows as a start or a send that fails.
/// </summary>
internal sealed class HubProcesses : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];
    private readonly HttpListener _listener = new();
    private readonly List<string> _posted = [];
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "ccapex-provisioning-processes", Guid.NewGuid().ToString("N"));

    private HubProcesses(ProvisionedBroker broker) => Broker = broker;

    /// <summary>The webhook refuses, for good (422), a body that contains this.</summary>
    public const string RefusedMark = "REFUSED-BY-WEBHOOK";

    public ProvisionedBroker Broker { get; }

    /// <summary>What the gateway sends CDPs with: its bus and its submitter, on its own user.</summary>
    public ICdpSubmitter Gateway { get; private set; } = null!;

    /// <summary>The bodies posted to the webhook so far.</summary>
    public IReadOnlyList<string> Posted
    {
        get
        {
            lock (_posted)
            {
                return [.. _posted];
            }
        }
    }

    /// <summary>Provisions (with <paramref name="webhookPartner"/> served by webhook) and starts the hub, the gateway and the webhook worker.</summary>
    public static async Task<HubProcesses> StartAsync(PartnerCode webhookPartner)
    {
        var broker = await ProvisionedBroker.CreateAsync(o => o with { WebhookPartners = new HashSet<PartnerCode> { webhookPartner } });
        var processes = new HubProcesses(broker);
        try
        {
            await broker.Provisioner.ProvisionAsync();
            await processes.StartHubAsync();
            await processes.StartGatewayAsync();
            await processes.StartWebhooksAsync(webhookPartner);
            return processes;
        }
        catch
        {
            await processes.DisposeAsync();
            throw;
        }
    }

    private async Task StartHubAsync()
    {
        var clock = new FakeTimeProvider(SampleMessages.DayAfterCdp);
        var hub = HubHostBuilder.Create([], builder => builder.UseTestSettings(clock, InProcessHub.OnSqlite(Broker.ProcessUri(ProcessPlan.Hub), Path.Combine(_dataDirectory, "hub")))).Build();
        _hosts.Add(hub);
        await hub.StartAsync();
    }

    private async Task StartGatewayAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection([new("Gateway:RabbitMqUri", Broker.ProcessUri(ProcessPlan.Gateway).ToString()), .. InProcessHub.QuietLogs]);
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section);
        builder.AddGatewayMessaging();
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var gateway = builder.Build();
        _hosts.Add(gateway);
        await gateway.StartAsync();
        Gateway = new MassTransitCdpSubmitter(gateway.Services.GetRequiredService<IBus>(), gateway.Services.GetRequiredService<IOptions<CdpSubmitterOptions>>());
    }

    private async Task StartWebhooksAsync(PartnerCode partner)
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        _listener.Prefixes.Add($"http://127.0.0.1:{port}/ccapex/");
        _listener.Start();
        _ = Task.Run(ListenAsync);
        var builder = WebhooksHostBuilder.Create(
        [
            $"--Webhooks:RabbitMqUri={Broker.ProcessUri(ProcessPlan.Webhooks)}",
            $"--Webhooks:Partners:{partner}:Url=http://127.0.0.1:{port}/ccapex/",
            $"--Webhooks:Partners:{partner}:Secret={Convert.ToHexString(Guid.NewGuid().ToByteArray())}{Convert.ToHexString(Guid.NewGuid().ToByteArray())}",
            "--Webhooks:ShutdownTimeout=00:00:05",
        ]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var webhooks = builder.Build();
        _hosts.Add(webhooks);
        await webhooks.StartAsync();
    }

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync();
                lock (_posted)
                {
                    _posted.Add(body);
                }
            }

            // A permanent refusal for what the test wants parked.
            context.Response.StatusCode = Posted[^1].Contains(RefusedMark, StringComparison.Ordinal) ? 422 : 200;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            await _hosts[i].StopAsync();
            (_hosts[i] as IDisposable)?.Dispose();
        }

        _listener.Close();
        await Broker.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
