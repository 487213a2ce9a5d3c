using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>/v1/messages/{type}: every partner-sent flow other than the CDP, e.g. the six-month status update (F14).</summary>
public sealed class When_a_partner_posts_another_message : GatewayFixture
{
    private const string StatusPath = "/v1/messages/six-month-status-reported";

    private FakeMessageSender Sender => Gateway.Messages!;

    [SetUp]
    public void AnswerWithReceipts() => Sender.Answer = FakeSubmitter.Mode.Receipt;

    private static SixMonthStatusReported Status() =>
        SampleMessages.SixMonthStatusReported() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Caf };

    private async Task<Answer> Post(string path, string key, string body) => await Answer.ReadAsync(await Gateway.PostAsync(path, key, body));

    private bool WasSent(Guid messageId) => Sender.Sent.Any(m => m.MessageId == messageId);

    [Test]
    public async Task Should_answer_202_with_the_hubs_receipt()
    {
        var message = Status();

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, message));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted), answer.Body.ToString());
            Assert.That(answer.Body.GetProperty("status").GetString(), Is.EqualTo("accepted"));
            Assert.That(answer.Body.GetProperty("messageId").GetGuid(), Is.EqualTo(message.MessageId));
            Assert.That(answer.Body.GetProperty("dossierId").GetGuid(), Is.EqualTo(FakeMessageSender.DossierFor(message)));
            Assert.That(answer.Body.GetProperty("flow").GetString(), Is.EqualTo("F14"));
            Assert.That(Sender.Sent.OfType<SixMonthStatusReported>().Single(m => m.MessageId == message.MessageId), Is.EqualTo(message));
        });
    }

    [Test]
    public async Task Should_answer_queued_when_the_receipt_is_late()
    {
        Sender.Answer = FakeSubmitter.Mode.Queued;

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, Status()));

        Assert.That((answer.Status, answer.Body.GetProperty("status").GetString()), Is.EqualTo((HttpStatusCode.Accepted, "queued")));
    }

    [Test]
    public async Task Should_pass_the_hubs_refusal_on_with_its_code()
    {
        Sender.Answer = FakeSubmitter.Mode.Rejection;

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, Status()));

        Assert.That((answer.Status, answer.Code), Is.EqualTo(((HttpStatusCode)422, "rule.follow_up_unknown")));
    }

    [Test]
    public async Task Should_answer_503_when_the_broker_does_not_confirm()
    {
        Sender.Answer = FakeSubmitter.Mode.BrokerDown;

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, Status()));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "broker.unavailable")));
    }

    [Test]
    public async Task Should_refuse_a_type_the_partners_role_may_not_send_with_403()
    {
        var message = Status() with { Sender = PartnerCode.Huissiers };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.HuissiersKey, message));

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "rule.sender_not_allowed")));
            Assert.That(answer.Body.GetProperty("detail").GetString(), Does.Contain("F14"));
            Assert.That(WasSent(message.MessageId), Is.False);
        });
    }

    [Test]
    public async Task Should_refuse_a_body_in_another_partners_name_with_403()
    {
        var message = Status() with { Sender = PartnerCode.PrefecturePolice };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, RunningGateway.CafKey, message));

        Assert.That((answer.Status, answer.Code, WasSent(message.MessageId)), Is.EqualTo((HttpStatusCode.Forbidden, "auth.sender_mismatch", false)));
    }

    [Test]
    public async Task Should_refuse_another_partners_key_for_a_message_only_it_may_send()
    {
        var stage = SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid() };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync("/v1/messages/report-dalo-cfp-risk", RunningGateway.CafKey, stage));

        Assert.That((answer.Status, answer.Code, WasSent(stage.MessageId)), Is.EqualTo((HttpStatusCode.Forbidden, "rule.sender_not_allowed", false)));
    }

    [Test]
    public async Task Should_accept_the_prefectures_dalo_alert_with_its_own_key()
    {
        var alert = SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid() };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync("/v1/messages/report-dalo-cfp-risk", RunningGateway.PrefectureKey, alert));

        Assert.That((answer.Status, WasSent(alert.MessageId)), Is.EqualTo((HttpStatusCode.Accepted, true)));
    }

    [Test]
    public async Task Should_name_the_field_of_a_wrong_type_with_422()
    {
        var body = JsonSerializer.SerializeToNode(Status(), ContractJson.Options)!.AsObject();
        body["situation"] = 42;

        var answer = await Post(StatusPath, RunningGateway.CafKey, body.ToJsonString());

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo(((HttpStatusCode)422, "validation.failed")));
            Assert.That(answer.Body.GetProperty("errors")[0].GetProperty("field").GetString(), Is.EqualTo("situation"));
            Assert.That(answer.Body.GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("json.invalid"));
        });
    }

    [Test]
    public async Task Should_refuse_a_body_missing_a_required_member_with_422()
    {
        var body = JsonSerializer.SerializeToNode(Status(), ContractJson.Options)!.AsObject();
        body.Remove("followUpId");

        var answer = await Post(StatusPath, RunningGateway.CafKey, body.ToJsonString());

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo(((HttpStatusCode)422, "validation.failed")));
            Assert.That(answer.Body.GetProperty("errors")[0].GetProperty("message").GetString(), Does.Contain("followUpId"));
        });
    }

    [Test]
    public async Task Should_refuse_malformed_json_with_400()
    {
        var answer = await Post(StatusPath, RunningGateway.CafKey, "{\"messageId\": ");

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.BadRequest, "request.json_malformed")));
    }

    [Test]
    public async Task Should_refuse_an_oversized_body_with_413()
    {
        var body = JsonSerializer.SerializeToNode(Status(), ContractJson.Options)!.AsObject();
        body["comment"] = new string('x', 1024 * 1024 + 1);

        var answer = await Post(StatusPath, RunningGateway.CafKey, body.ToJsonString());

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.RequestEntityTooLarge, "request.too_large")));
    }

    [Test]
    public async Task Should_refuse_an_unknown_key_with_401()
    {
        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(StatusPath, "ck_not-a-key", Status()));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.Unauthorized, "auth.key_unknown")));
    }

    [Test]
    public async Task Should_offer_no_route_for_what_only_the_hub_sends()
    {
        var request = SampleMessages.RequestSixMonthFollowUp() with { MessageId = Guid.NewGuid() };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync("/v1/messages/request-six-month-follow-up", RunningGateway.CafKey, request));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Should_describe_each_route_in_the_openapi_document()
    {
        using var response = await Gateway.Http.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(paths, Is.SupersetOf(new[]
        {
            "/v1/messages/six-month-status-reported", "/v1/messages/notify-assignation", "/v1/messages/report-dalo-cfp-risk",
            "/v1/messages/procedure-stage-reached", "/v1/messages/housing-benefit-rights-checked",
        }));
        Assert.That(paths, Has.None.EqualTo("/v1/messages/request-six-month-follow-up"));
    }
}
