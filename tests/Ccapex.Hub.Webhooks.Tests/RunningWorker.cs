using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>The webhook worker hosted in this process with the registrations Program.cs uses.</summary>
internal sealed class RunningWorker : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private RunningWorker(IHost host, CapturedLogs logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public static async Task<RunningWorker> StartAsync(IEnumerable<string> settings)
    {
        var builder = WebhooksHostBuilder.Create([.. settings]);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        var host = builder.Build();
        await host.StartAsync();
        return new RunningWorker(host, logs);
    }

    /// <summary>Stops the worker: deliveries in hand are cancelled and, unacked, return to their queue.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
