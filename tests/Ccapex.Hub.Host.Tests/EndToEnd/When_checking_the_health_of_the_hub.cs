using System.Net;
using System.Text.Json.Nodes;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

public sealed class When_checking_the_health_of_the_hub
{
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public void Connect() => _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{RunningHub.HealthPort}/"), Timeout = TimeSpan.FromSeconds(10) };

    [OneTimeTearDown]
    public void Disconnect() => _http.Dispose();

    [TestCase("health")]
    [TestCase("health/ready")]
    public async Task Should_report_the_bus_healthy(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)report["status"], Is.EqualTo("Healthy"));
            Assert.That(report["checks"]!.AsObject().Select(c => c.Key), Has.Some.StartsWith("masstransit"));
        });
    }

    [Test]
    public async Task Should_answer_the_liveness_probe_without_checks()
    {
        using var response = await _http.GetAsync(new Uri("health/live", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Should_not_serve_anything_else()
    {
        using var response = await _http.GetAsync(new Uri("dossiers", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
