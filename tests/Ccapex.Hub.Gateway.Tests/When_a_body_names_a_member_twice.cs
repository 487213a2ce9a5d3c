using System.Net;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>A member twice in one object, at any depth, exactly or in another case: refused before anything is read.</summary>
public sealed class When_a_body_names_a_member_twice : GatewayFixture
{

    private static string Json(object message) => JsonSerializer.Serialize(message, message.GetType(), ContractJson.Options);

    private static string Replace(string json, string member, string replacement)
    {
        Assert.That(json, Does.Contain(member));
        return json.Replace(member, replacement, StringComparison.Ordinal);
    }

    private async Task<Answer> Post(string path, string key, string body) => await Answer.ReadAsync(await Gateway.PostAsync(path, key, body));

    private bool WasSent(Guid messageId) => Gateway.Messages!.Sent.Any(m => m.MessageId == messageId) || Submitter.Sent.Any(m => m.MessageId == messageId);

    [TestCase("\"situation\":", "\"situation\":\"REHOUSED\",\"situation\":", TestName = "{m}(exact)")]
    [TestCase("\"situation\":", "\"Situation\":\"REHOUSED\",\"situation\":", TestName = "{m}(another case)")]
    [TestCase("\"situation\":", "\"unknownMember\":1,\"unknownMember\":2,\"situation\":", TestName = "{m}(a member the contract does not have)")]
    public async Task Should_refuse_a_message_with_a_member_twice_with_400(string member, string replacement)
    {
        var status = SampleMessages.SixMonthStatusReported() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Caf };

        var answer = await Post("/v1/messages/six-month-status-reported", RunningGateway.CafKey, Replace(Json(status), member, replacement));

        Assert.That((answer.Status, answer.Code, WasSent(status.MessageId)), Is.EqualTo((HttpStatusCode.BadRequest, "json.duplicate_member", false)), answer.Body.ToString());
    }

    [Test]
    public async Task Should_refuse_a_cdp_with_a_nested_member_twice_and_name_where()
    {
        var cdp = Samples.Cdp();

        var answer = await Post("/v1/cdp-notifications", RunningGateway.HuissiersKey, Replace(Json(cdp), "\"size\":", "\"Size\":9,\"size\":"));

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code, WasSent(cdp.MessageId)), Is.EqualTo((HttpStatusCode.BadRequest, "json.duplicate_member", false)), answer.Body.ToString());
            Assert.That(answer.Body.GetProperty("detail").GetString(), Does.Contain("$.household"));
        });
    }

    [Test]
    public async Task Should_refuse_a_json_batch_whole_when_one_item_has_a_member_twice()
    {
        var good = Samples.Cdp();
        var twice = Samples.Cdp();
        var body = $"[{Json(good)},{Replace(Json(twice), "\"actReference\":", $"\"actReference\":\"{good.ActReference}\",\"ActReference\":")}]";

        var answer = await Post("/v1/cdp-notifications/batch", RunningGateway.HuissiersKey, body);

        Assert.That((answer.Status, answer.Code, WasSent(good.MessageId) || WasSent(twice.MessageId)), Is.EqualTo((HttpStatusCode.BadRequest, "json.duplicate_member", false)), answer.Body.ToString());
    }
}
