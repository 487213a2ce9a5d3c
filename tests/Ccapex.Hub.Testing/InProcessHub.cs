using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Testing;

/// <summary>
/// What every test that hosts the hub (or a partner worker) in its own process gives it: the broker's virtual host,
/// short stops, no health port, quiet logs, the test's clock, and a start that returns once the bus is up (partners
/// publish to the intake exchanges at once: they must exist).
/// </summary>
public static class InProcessHub
{
    public static readonly KeyValuePair<string, string?>[] QuietLogs =
    [
        new("Logging:LogLevel:Default", "Warning"),
        new("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning"),
        new("Logging:LogLevel:MassTransit", "Warning"),
    ];

    /// <summary>The broker and the process settings every in-process host shares, logs quiet.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> On(Uri broker) =>
    [
        new("Hub:RabbitMq:Uri", broker?.ToString()),
        new("Hub:ShutdownTimeout", "00:00:10"),
        new("Hub:Health:Port", string.Empty),
        .. QuietLogs,
    ];

    /// <summary>
    /// The hub on a SQLite store in <paramref name="dataDirectory"/>, every store setting given so that no CCAPEX_STORE
    /// or CCAPEX_POSTGRES of the shell leaks in.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string?>> OnSqlite(Uri broker, string dataDirectory) =>
    [
        .. On(broker),
        new("Hub:DataDirectory", dataDirectory),
        new("Hub:Store:Provider", "Sqlite"),
        new("Hub:Store:ConnectionString", string.Empty),
        new("Hub:Store:PostgresConnectionString", string.Empty),
        new("Hub:Store:Schema", string.Empty),
    ];

    /// <summary>The settings (they win over the environment), the test's clock, and a start that waits for the bus.</summary>
    public static IHostApplicationBuilder UseTestSettings(this IHostApplicationBuilder builder, TimeProvider clock, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(clock);
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        return builder;
    }
}
