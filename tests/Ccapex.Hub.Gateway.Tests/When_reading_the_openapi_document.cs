using System.Net;

namespace Ccapex.Hub.Gateway.Tests;

public sealed class When_reading_the_openapi_document
{
    [Test]
    public async Task Should_serve_it_without_a_key_with_both_endpoints_and_the_key_scheme()
    {
        await using var gateway = await RunningGateway.StartAsync(new FakeSubmitter());

        var answer = await Answer.ReadAsync(await gateway.Http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = answer.Body.GetProperty("paths");
        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(paths.TryGetProperty("/v1/cdp-notifications", out _), Is.True);
            Assert.That(paths.TryGetProperty("/v1/cdp-notifications/batch", out var batch), Is.True);
            Assert.That(batch.GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _), Is.True);
            Assert.That(answer.Body.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString(), Is.EqualTo("X-Api-Key"));
            Assert.That(answer.Body.GetProperty("components").GetProperty("schemas").GetProperty("Euros").GetProperty("type").GetString(), Is.EqualTo("number"));
        });
    }

    [TestCase("/v1/cdp-notifications")]
    [TestCase("/v1/cdp-notifications/batch")]
    [TestCase("/v1/messages/six-month-status-reported")]
    [TestCase("/v1/messages/notify-assignation")]
    public async Task Should_document_the_problems_every_partner_route_can_answer(string path)
    {
        await using var gateway = await RunningGateway.StartAsync(new FakeSubmitter());

        var answer = await Answer.ReadAsync(await gateway.Http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var responses = answer.Body.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses");
        Assert.Multiple(() =>
        {
            foreach (var status in new[] { "401", "403", "413", "415", "422", "429", "503" })
            {
                Assert.That(responses.TryGetProperty(status, out var response) && response.GetProperty("content").TryGetProperty("application/problem+json", out _),
                    Is.True, $"{path} documents {status} as a problem");
            }
        });
    }
}
