using System.Net;
using Ccapex.Hub.Testing;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Telemetry.Tests;

public sealed class When_prometheus_is_on
{
    private BrokerFixture _broker = null!;
    private string _dataDirectory = null!;
    private IHost _hub = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = await BrokerFixture.StartAsync();
        _dataDirectory = HubWithSettings.DataDirectory();
        var port = HubWithSettings.FreePort();
        _hub = HubWithSettings.Build(_broker, _dataDirectory, "--Hub:Telemetry:Prometheus=on", $"--Hub:Health:Port={port}");
        await _hub.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _hub.StopAsync();
        _hub.Dispose();
        await _broker.DisposeAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Test]
    public async Task Should_serve_the_ccapex_metrics_at_metrics_on_the_health_port()
    {
        string body = string.Empty;
        await Eventually.Until(
            async () =>
            {
                using var answer = await _http.GetAsync("metrics");
                body = await answer.Content.ReadAsStringAsync();
                return answer.StatusCode == HttpStatusCode.OK && body.Contains("ccapex_outbox_lag", StringComparison.Ordinal);
            },
            () => $"no ccapex_outbox_lag at /metrics: {body[..Math.Min(body.Length, 2000)]}");

        Assert.That(body, Does.Match(@"(?m)^ccapex_outbox_lag_seconds\{[^}]*\} \d"), "the gauge in seconds, with the process's labels");
    }

    [Test]
    public async Task Should_still_answer_health_on_the_same_port()
    {
        using var answer = await _http.GetAsync("health/live");

        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
