using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

/// <summary>
/// The health checks (MassTransit's bus and endpoints, and any later one) over plain HTTP on
/// 127.0.0.1, with the BCL's HttpListener rather than ASP.NET Core: a probe or `curl` is all that
/// reads it. GET /health runs every check, /health/ready those tagged "ready", /health/live none.
/// 200 when healthy or degraded, 503 when unhealthy, with a small JSON report.
/// </summary>
public sealed class HealthEndpoint(HealthCheckService healthChecks, IOptions<HubOptions> options, ILogger<HealthEndpoint> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Health.Port is not { } port)
        {
            return;
        }

        var prefix = $"http://127.0.0.1:{port}/";
        using var listener = new HttpListener();
        listener.Prefixes.Add(prefix);
        listener.Start();
        logger.HealthListening(prefix);
        using var stop = stoppingToken.Register(listener.Stop);

        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext request;
            try
            {
                request = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            try
            {
                await Answer(request, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or IOException or InvalidOperationException)
            {
                logger.HealthRequestFailed(exception);
            }
        }
    }

    private async Task Answer(HttpListenerContext context, CancellationToken cancellationToken)
    {
        using var response = context.Response;
        Func<HealthCheckRegistration, bool>? filter = context.Request.Url?.AbsolutePath.TrimEnd('/') switch
        {
            "/health" => _ => true,
            "/health/ready" => check => check.Tags.Contains("ready"),
            "/health/live" => _ => false,
            _ => null,
        };
        if (filter is null || context.Request.HttpMethod != "GET")
        {
            response.StatusCode = (int)HttpStatusCode.NotFound;
            return;
        }

        var report = await healthChecks.CheckHealthAsync(filter, cancellationToken).ConfigureAwait(false);
        response.StatusCode = (int)(report.Status == HealthStatus.Unhealthy ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK);
        response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        await JsonSerializer.SerializeAsync(response.OutputStream, body, Json, cancellationToken).ConfigureAwait(false);
    }
}
