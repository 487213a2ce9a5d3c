using System.Text.Json;

namespace Ccapex.Hub.Gateway.Tests;

public sealed class When_a_client_without_dotnet_posts_a_csv_file
{
    [Test]
    public async Task Should_answer_curl_with_the_outcome_of_each_line()
    {
        var submitter = new FakeSubmitter();
        await using var gateway = await RunningGateway.StartAsync(submitter);

        var (status, body) = await Curl.PostFileAsync(new Uri(gateway.Address, "/v1/cdp-notifications/batch"), RunningGateway.HuissiersKey, Samples.CsvFile("cdp-utf8-bom.csv"), "text/csv");

        using var json = JsonDocument.Parse(body);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(202), body);
            Assert.That(json.RootElement.GetProperty("accepted").GetInt32(), Is.EqualTo(3));
            Assert.That(submitter.Sent.Select(m => m.ActReference), Is.EquivalentTo(new[] { "CDP-2025-000417", "CDP-2025-000418", "CDP-2025-000419" }));
        });
    }
}
