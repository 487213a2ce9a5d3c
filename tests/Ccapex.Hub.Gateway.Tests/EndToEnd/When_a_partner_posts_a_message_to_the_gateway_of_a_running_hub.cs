using System.Net;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Gateway.Tests.EndToEnd;

/// <summary>/v1/messages on the real chain: the hub's receipt or refusal comes back through the gateway.</summary>
public sealed class When_a_partner_posts_a_message_to_the_gateway_of_a_running_hub
{
    [Test]
    public async Task Should_file_an_assignation_posted_with_curl_under_the_dossier_of_its_cdp()
    {
        var cdp = Samples.Cdp();
        var opened = await Answer.ReadAsync(await HubAndGateway.Gateway.PostJsonAsync("/v1/cdp-notifications", RunningGateway.HuissiersKey, cdp));
        var assignation = SampleMessages.NotifyAssignation() with { MessageId = Guid.NewGuid(), DossierId = null, ActReference = $"ASS-{cdp.ActReference}", CdpActReference = cdp.ActReference, SentAt = DateTimeOffset.UtcNow };
        var file = Path.Combine(Path.GetTempPath(), $"gateway-e2e-{assignation.MessageId:N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(assignation, ContractJson.Options));
        try
        {
            var (status, body) = await Curl.PostFileAsync(new Uri(HubAndGateway.Gateway.Address, "/v1/messages/notify-assignation"), RunningGateway.HuissiersKey, file, "application/json");

            using var json = JsonDocument.Parse(body);
            Assert.Multiple(() =>
            {
                Assert.That(status, Is.EqualTo(202), body);
                Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("accepted"), body);
                Assert.That(json.RootElement.GetProperty("flow").GetString(), Is.EqualTo("F6"));
                Assert.That(json.RootElement.GetProperty("dossierId").GetGuid(), Is.EqualTo(opened.Body.GetProperty("dossierId").GetGuid()));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Should_pass_on_the_hubs_refusal_of_a_status_for_an_unknown_dossier()
    {
        var status = SampleMessages.SixMonthStatusReported() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Caf, DossierId = Guid.NewGuid() };

        var answer = await Answer.ReadAsync(await HubAndGateway.Gateway.PostJsonAsync("/v1/messages/six-month-status-reported", RunningGateway.CafKey, status));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo((HttpStatusCode)422), answer.Body.ToString());
            Assert.That(answer.Code, Is.EqualTo("dossier.unknown"), answer.Body.ToString());
            Assert.That(answer.Body.GetProperty("rule").GetString(), Is.EqualTo("F14"));
        });
    }

    [Test]
    public async Task Should_refuse_the_bailiffs_stage_with_Sender_capitalised_naming_the_prefecture_and_let_nothing_reach_the_hub()
    {
        var cdp = Samples.Cdp();
        var opened = await Answer.ReadAsync(await HubAndGateway.Gateway.PostJsonAsync("/v1/cdp-notifications", RunningGateway.HuissiersKey, cdp));
        var stage = SampleMessages.ProcedureStageReached() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Huissiers, DossierId = null, CdpActReference = cdp.ActReference, SentAt = DateTimeOffset.UtcNow };
        var json = JsonSerializer.Serialize(stage, ContractJson.Options);
        var forged = json.Replace("\"sender\":\"HUISSIERS\"", "\"Sender\":\"PREFECTURE_POLICE\"", StringComparison.Ordinal);

        var refused = await Answer.ReadAsync(await HubAndGateway.Gateway.PostAsync("/v1/messages/procedure-stage-reached", RunningGateway.HuissiersKey, forged));
        var honest = await Answer.ReadAsync(await HubAndGateway.Gateway.PostAsync("/v1/messages/procedure-stage-reached", RunningGateway.HuissiersKey, json));

        Assert.Multiple(() =>
        {
            Assert.That(forged, Is.Not.EqualTo(json));
            Assert.That((refused.Status, refused.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch")), refused.Body.ToString());

            // The same message id sent honestly afterwards is new to the hub: the forged one never reached it.
            Assert.That(honest.Status, Is.EqualTo(HttpStatusCode.Accepted), honest.Body.ToString());
            Assert.That(honest.Body.GetProperty("status").GetString(), Is.EqualTo("accepted"), honest.Body.ToString());
            Assert.That(honest.Body.GetProperty("duplicate").GetBoolean(), Is.False, honest.Body.ToString());
            Assert.That(honest.Body.GetProperty("dossierId").GetGuid(), Is.EqualTo(opened.Body.GetProperty("dossierId").GetGuid()));
        });
    }
}
