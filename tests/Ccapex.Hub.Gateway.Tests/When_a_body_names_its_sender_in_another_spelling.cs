using System.Net;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>
/// Issue 10: the sender is the key's partner, whatever the body says and however it spells it. With the bailiffs'
/// key, <c>"Sender": "PREFECTURE_POLICE"</c> (capital S) used to pass the check, which read "sender" only, and be
/// bound by the case-insensitive deserialiser, so the dossier recorded the Préfecture as the sender.
/// </summary>
public sealed class When_a_body_names_its_sender_in_another_spelling : GatewayFixture
{
    private const string StagePath = "/v1/messages/procedure-stage-reached";

    private FakeMessageSender Sender => Gateway.Messages!;

    private static ProcedureStageReached Stage() => SampleMessages.ProcedureStageReached() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Huissiers };

    /// <summary>The message as JSON with its "sender" member replaced by <paramref name="members"/> (raw JSON, so any spelling and repeats).</summary>
    private static string WithSender(object message, string members)
    {
        var json = JsonSerializer.Serialize(message, message.GetType(), ContractJson.Options);
        var sender = $"\"sender\":\"{((IPartnerMessage)message).Sender}\"";
        Assert.That(json, Does.Contain(sender));
        return json.Replace(sender, members, StringComparison.Ordinal);
    }

    private async Task<Answer> Post(string path, string key, string body) => await Answer.ReadAsync(await Gateway.PostAsync(path, key, body));

    private bool WasSent(Guid messageId) => Sender.Sent.Any(m => m.MessageId == messageId) || Submitter.Sent.Any(m => m.MessageId == messageId);

    [Test]
    public async Task Should_refuse_the_bailiffs_key_with_Sender_capitalised_naming_the_prefecture()
    {
        var stage = Stage();

        var answer = await Post(StagePath, RunningGateway.HuissiersKey, WithSender(stage, "\"Sender\":\"PREFECTURE_POLICE\""));

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch")), answer.Body.ToString());
            Assert.That(answer.Body.GetProperty("detail").GetString(), Does.Contain("PREFECTURE_POLICE").And.Contain("HUISSIERS"));
            Assert.That(WasSent(stage.MessageId), Is.False, "nothing reaches the intake");
        });
    }

    [TestCase("Sender", TestName = "{m}(Sender)")]
    [TestCase("SENDER", TestName = "{m}(SENDER)")]
    [TestCase(" sender", TestName = "{m}(leading space)")]
    [TestCase("sender\\t", TestName = "{m}(trailing tab)")]
    [TestCase("\\uff53\\uff45\\uff4e\\uff44\\uff45\\uff52", TestName = "{m}(fullwidth)")]
    [TestCase("s\\u0435nder", TestName = "{m}(Cyrillic e)")]
    [TestCase("\\u0455ender", TestName = "{m}(Cyrillic dze)")]
    [TestCase("send\\u200ber", TestName = "{m}(zero-width space)")]
    [TestCase("\\u017fender", TestName = "{m}(long s)")]
    [TestCase("\\u0053ender", TestName = "{m}(escaped S)")]
    public async Task Should_refuse_a_second_sender_member_in_a_look_alike_spelling(string name)
    {
        var stage = Stage();

        var answer = await Post(StagePath, RunningGateway.HuissiersKey, WithSender(stage, $"\"sender\":\"HUISSIERS\",\"{name}\":\"PREFECTURE_POLICE\""));

        Assert.That((answer.Status, answer.Code, WasSent(stage.MessageId)), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch", false)), answer.Body.ToString());
    }

    [TestCase("\"HUISSI\\u0415RS\"", TestName = "{m}(Cyrillic E)")]
    [TestCase("\" HUISSIERS\"", TestName = "{m}(leading space)")]
    [TestCase("\"HUISSIERS \"", TestName = "{m}(trailing space)")]
    [TestCase("\"huissiers\"", TestName = "{m}(lower case)")]
    [TestCase("\"HUISSIERS\\u200b\"", TestName = "{m}(zero-width space)")]
    [TestCase("\"\\uff28UISSIERS\"", TestName = "{m}(fullwidth H)")]
    [TestCase("42", TestName = "{m}(a number)")]
    [TestCase("null", TestName = "{m}(null)")]
    public async Task Should_refuse_a_sender_value_that_is_not_exactly_the_keys_code(string value)
    {
        var stage = Stage();

        var answer = await Post(StagePath, RunningGateway.HuissiersKey, WithSender(stage, $"\"sender\":{value}"));

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code, WasSent(stage.MessageId)), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch", false)), answer.Body.ToString());
            Assert.That(answer.Body.GetProperty("detail").GetString(), Does.Not.Contain("\u0415").And.Not.Contain("\u200b").And.Not.Contain("\uff28"), "a look-alike value is not echoed");
        });
    }

    [Test]
    public async Task Should_accept_the_keys_own_code_under_a_capitalised_name_and_send_the_keys_partner()
    {
        var stage = Stage();

        var answer = await Post(StagePath, RunningGateway.HuissiersKey, WithSender(stage, "\"Sender\":\"HUISSIERS\""));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted), answer.Body.ToString());
            Assert.That(Sender.Sent.Single(m => m.MessageId == stage.MessageId).Sender, Is.EqualTo(PartnerCode.Huissiers));
        });
    }

    [Test]
    public async Task Should_refuse_a_cdp_with_Sender_capitalised_naming_another_partner()
    {
        var cdp = Samples.Cdp();

        var answer = await Post("/v1/cdp-notifications", RunningGateway.HuissiersKey, WithSender(cdp, "\"Sender\":\"PREFECTURE_POLICE\""));

        Assert.That((answer.Status, answer.Code, WasSent(cdp.MessageId)), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch", false)), answer.Body.ToString());
    }

    [Test]
    public async Task Should_refuse_a_json_batch_whole_when_one_item_names_another_sender_in_a_look_alike_spelling()
    {
        var good = Samples.Cdp();
        var foreign = Samples.Cdp();
        var body = $"[{JsonSerializer.Serialize(good, ContractJson.Options)},{WithSender(foreign, "\"sender\":\"HUISSIERS\",\"s\\u0435nder \":\"DRIHL\"")}]";

        var answer = await Post("/v1/cdp-notifications/batch", RunningGateway.HuissiersKey, body);

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch")), answer.Body.ToString());
            Assert.That(WasSent(good.MessageId) || WasSent(foreign.MessageId), Is.False, "nothing of the batch was sent");
        });
    }
}
