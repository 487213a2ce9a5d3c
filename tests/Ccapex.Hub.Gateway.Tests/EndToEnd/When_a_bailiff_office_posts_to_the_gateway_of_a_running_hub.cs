using System.Net;
using System.Text;
using System.Text.Json;
using Ccapex.Hub.Batches.Submission;

namespace Ccapex.Hub.Gateway.Tests.EndToEnd;

public sealed class When_a_bailiff_office_posts_to_the_gateway_of_a_running_hub
{
    [Test]
    public void Should_send_to_the_queue_the_hub_consumes()
    {
        Assert.That(HubAndGateway.HubReadyLine, Does.Contain(CdpIntake.QueueName));
    }

    [Test]
    public async Task Should_answer_with_the_dossier_the_hub_opened()
    {
        var message = Samples.Cdp();

        var answer = await Answer.ReadAsync(await HubAndGateway.Gateway.PostJsonAsync("/v1/cdp-notifications", RunningGateway.HuissiersKey, message));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted), answer.Body.ToString());
            Assert.That(answer.Body.GetProperty("status").GetString(), Is.EqualTo("accepted"), answer.Body.ToString());
            Assert.That(answer.Body.GetProperty("messageId").GetGuid(), Is.EqualTo(message.MessageId));
            Assert.That(answer.Body.GetProperty("dossierId").GetGuid(), Is.Not.EqualTo(Guid.Empty));
            Assert.That(answer.Body.GetProperty("notificationRequired").GetBoolean(), Is.True);
            Assert.That(answer.Body.GetProperty("duplicate").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Should_answer_a_resubmitted_act_with_the_same_dossier()
    {
        var first = Samples.Cdp();
        var again = first with { MessageId = Guid.NewGuid() };

        var one = await Answer.ReadAsync(await HubAndGateway.Gateway.PostJsonAsync("/v1/cdp-notifications", RunningGateway.HuissiersKey, first));
        var two = await Answer.ReadAsync(await HubAndGateway.Gateway.PostJsonAsync("/v1/cdp-notifications", RunningGateway.HuissiersKey, again));

        Assert.Multiple(() =>
        {
            Assert.That(two.Body.GetProperty("status").GetString(), Is.EqualTo("accepted"), two.Body.ToString());
            Assert.That(two.Body.GetProperty("dossierId").GetGuid(), Is.EqualTo(one.Body.GetProperty("dossierId").GetGuid()));
            Assert.That(two.Body.GetProperty("duplicate").GetBoolean(), Is.True);
        });
    }

    [Test]
    public async Task Should_answer_curl_with_a_dossier_per_csv_line_and_mark_a_cdp_under_the_threshold()
    {
        // Act references of their own, so that a rerun against the same broker opens new dossiers.
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = (await File.ReadAllTextAsync(Samples.CsvFile("cdp-utf8-bom.csv"))).Replace("CDP-2025-", $"CDP-{run}-", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"gateway-e2e-{run}.csv");
        await File.WriteAllTextAsync(file, csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var (status, body) = await Curl.PostFileAsync(new Uri(HubAndGateway.Gateway.Address, "/v1/cdp-notifications/batch"), RunningGateway.HuissiersKey, file, "text/csv");

            using var json = JsonDocument.Parse(body);
            var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
            Assert.Multiple(() =>
            {
                Assert.That(status, Is.EqualTo(202), body);
                Assert.That(results.Select(r => r.GetProperty("status").GetString()), Is.All.EqualTo("accepted"), body);
                Assert.That(results.Select(r => r.GetProperty("dossierId").GetGuid()), Is.Unique);
                Assert.That(results.Select(r => r.GetProperty("notificationRequired").GetBoolean()), Is.EqualTo(new[] { true, false, false }),
                    "a social landlord's CDP, and a private one under two months and twice the rent, are recorded but not required");
            });
        }
        finally
        {
            File.Delete(file);
        }
    }
}
