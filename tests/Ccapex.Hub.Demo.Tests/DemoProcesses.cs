using System.Globalization;
using System.Reflection;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Time;

namespace Ccapex.Hub.Demo.Tests;

/// <summary>The built hub and demo programs, run as `./hub up` runs them: child processes sharing one compressed clock.</summary>
internal static class DemoProcesses
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    public static string HubDll { get; } = Metadata("HubHostDll");

    public static string DemoDll { get; } = Metadata("DemoDll");

    public static string GatewayDll { get; } = Metadata("GatewayDll");

    public static string CafWorkerDll { get; } = Metadata("CafWorkerDll");

    public static string PrefectureWorkerDll { get; } = Metadata("PrefectureWorkerDll");

    public static string WebhooksDll { get; } = Metadata("WebhooksDll");

    /// <summary>A loopback port free a moment ago, for the gateway the demo must know the address of.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string Sha256(string key) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    /// <summary>The variables both processes get: the broker's virtual host, a data directory, the clock.</summary>
    public static Dictionary<string, string?> Environment(BrokerFixture broker, string dataDirectory, string scale) => new()
    {
        ["CCAPEX_RABBITMQ_URI"] = broker.AmqpUri.ToString(),
        ["CCAPEX_DATA_DIR"] = dataDirectory,
        ["CCAPEX_HEALTH_PORT"] = null,
        ["CCAPEX_LOG_FORMAT"] = null,
        ["CCAPEX_STORE"] = null,
        ["CCAPEX_POSTGRES"] = null,
        ["Hub__RabbitMq__Uri"] = null,
        ["Hub__ShutdownTimeout"] = "00:00:15",
        ["DOTNET_ENVIRONMENT"] = "Production",
        [DemoTime.ScaleVariable] = scale,
        [DemoTime.EpochVariable] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
    };

    private static string Metadata(string key) =>
        typeof(DemoProcesses).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
