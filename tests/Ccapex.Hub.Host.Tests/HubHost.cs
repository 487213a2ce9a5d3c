using System.Net;
using System.Net.Sockets;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Host.Tests;

/// <summary>Starts the built host (copied next to the tests by the project reference) as a child process.</summary>
internal static class HubHost
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "Ccapex.Hub.Host.dll");

    /// <summary>Where test hosts keep their files: the hub script's CCAPEX_DATA_DIR (emptied each run), else the temp folder.</summary>
    private static string DataRoot { get; } = Path.GetFullPath(
        System.Environment.GetEnvironmentVariable(HubEnvironment.DataDirectory) is { Length: > 0 } root ? root : Path.Combine(Path.GetTempPath(), "ccapex-hub-tests"));

    /// <summary>
    /// The settings a test host gets: the broker, a data directory of its own, a short shutdown, and
    /// none of the CCAPEX_* or Hub__* values of the shell that runs the tests.
    /// </summary>
    public static Dictionary<string, string?> Environment(Uri? broker, int? healthPort = null) => new()
    {
        [HubEnvironment.RabbitMqUri] = broker?.ToString(),
        [HubEnvironment.DataDirectory] = Path.Combine(DataRoot, Guid.NewGuid().ToString("N")),
        [HubEnvironment.HealthPort] = healthPort?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [HubEnvironment.LogFormat] = null,

        // The default store, SQLite in the data directory above, whatever store the shell points at.
        [HubEnvironment.Store] = null,
        [HubEnvironment.Postgres] = null,
        ["Hub__ShutdownTimeout"] = "00:00:15",
        ["Hub__RabbitMq__Uri"] = null,
        ["DOTNET_ENVIRONMENT"] = "Production",
    };

    public static HubHostProcess Start(Dictionary<string, string?> environment) => HubHostProcess.Start(Dll, environment);

    /// <summary>A port nobody listens on right now, for the health endpoint.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
