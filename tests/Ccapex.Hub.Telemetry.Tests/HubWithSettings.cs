using System.Net;
using System.Net.Sockets;
using Ccapex.Hub.Host;
using Ccapex.Hub.Testing;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Telemetry.Tests;

/// <summary>The hub in this process with telemetry settings given as the command line gives them (read when the exporters are registered).</summary>
internal static class HubWithSettings
{
    public static IHost Build(BrokerFixture broker, string dataDirectory, params string[] args) =>
        HubHostBuilder.Create(args, builder =>
        {
            // The test settings blank the health port; given on the command line, it wins again here.
            var port = args.FirstOrDefault(a => a.StartsWith("--Hub:Health:Port=", StringComparison.Ordinal))?.Split('=')[1] ?? string.Empty;
            builder.UseTestSettings(TimeProvider.System, [.. InProcessHub.OnSqlite(broker.AmqpUri, dataDirectory).Where(s => s.Key != "Hub:Health:Port"), new("Hub:Health:Port", port)]);
        }).Build();

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public static string DataDirectory() =>
        Path.Combine(Environment.GetEnvironmentVariable("CCAPEX_DATA_DIR") ?? Path.GetTempPath(), "telemetry-" + Guid.NewGuid().ToString("N"));
}
