using System.Net;
using System.Text.Json;

namespace Ccapex.Hub.Gateway.Tests;

public sealed class When_one_notification_is_posted : GatewayFixture
{
    private const string Path = "/v1/cdp-notifications";

    private protected override string[] Settings => ["--Gateway:MaxSingleBodyBytes=4096"];

    [SetUp]
    public void Reset() => Submitter.Answer = FakeSubmitter.Mode.Receipt;

    [Test]
    public async Task Should_answer_202_with_the_dossier_of_the_hubs_receipt()
    {
        var message = Samples.Cdp();

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, message));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(answer.Body.GetProperty("status").GetString(), Is.EqualTo("accepted"));
            Assert.That(answer.Body.GetProperty("messageId").GetGuid(), Is.EqualTo(message.MessageId));
            Assert.That(answer.Body.GetProperty("dossierId").GetGuid(), Is.EqualTo(FakeSubmitter.DossierFor(message)));
            Assert.That(answer.Body.GetProperty("notificationRequired").GetBoolean(), Is.True);
            Assert.That(JsonSerializer.Serialize(Submitter.Sent.Single(m => m.MessageId == message.MessageId), Contracts.ContractJson.Options),
                Is.EqualTo(JsonSerializer.Serialize(message, Contracts.ContractJson.Options)), "sent as posted");
        });
    }

    [Test]
    public async Task Should_answer_202_queued_when_the_receipt_does_not_come_in_time()
    {
        Submitter.Answer = FakeSubmitter.Mode.Queued;
        var message = Samples.Cdp();

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, message));

        Assert.That((answer.Status, answer.Body.GetProperty("status").GetString()), Is.EqualTo((HttpStatusCode.Accepted, "queued")));
        Assert.That(answer.Body.TryGetProperty("dossierId", out _), Is.False);
    }

    [Test]
    public async Task Should_answer_422_with_every_invalid_field_and_send_nothing()
    {
        var valid = Samples.Cdp();
        var message = valid with { Household = valid.Household with { Size = 0, Address = valid.Household.Address with { PostalCode = "7501" } } };

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, message));

        Assert.Multiple(() =>
        {
            Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "validation.failed")));
            Assert.That(answer.Errors(), Is.EquivalentTo(new[] { ("household.address.postalCode", "postal_code.invalid"), ("household.size", "household_size.out_of_range") }));
            Assert.That(Submitter.Sent.Select(m => m.MessageId), Does.Not.Contain(message.MessageId));
        });
    }

    [Test]
    public async Task Should_answer_422_naming_the_field_of_a_wrong_type()
    {
        var json = JsonSerializer.Serialize(Samples.Cdp(), Contracts.ContractJson.Options).Replace("\"size\":4", "\"size\":\"four\"", StringComparison.Ordinal);

        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, json));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "validation.failed")));
        Assert.That(answer.Errors(), Is.EqualTo(new[] { ("household.size", "json.invalid") }));
    }

    [Test]
    public async Task Should_answer_422_for_a_missing_required_member()
    {
        var json = JsonSerializer.Serialize(Samples.Cdp(), Contracts.ContractJson.Options).Replace("\"actReference\"", "\"actRef\"", StringComparison.Ordinal);

        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, json));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "validation.failed")));
        Assert.That(answer.Body.GetProperty("errors")[0].GetProperty("message").GetString(), Does.Contain("actReference"));
    }

    [TestCase("{\"messageId\": ")]
    [TestCase("[]")]
    [TestCase("42")]
    public async Task Should_answer_400_for_what_is_not_one_json_object(string body)
    {
        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, body));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.BadRequest, "request.json_malformed")));
    }

    [Test]
    public async Task Should_answer_415_for_another_content_type()
    {
        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, "<cdp/>", "application/xml"));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.UnsupportedMediaType, "request.media_type_unsupported")));
    }

    [Test]
    public async Task Should_answer_413_for_an_oversized_body()
    {
        var message = Samples.Cdp();
        var json = JsonSerializer.Serialize(message, Contracts.ContractJson.Options).Replace("\"city\":\"Paris\"", $"\"city\":\"{new string('x', 5000)}\"", StringComparison.Ordinal);

        var answer = await Answer.ReadAsync(await Gateway.PostAsync(Path, RunningGateway.HuissiersKey, json));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.RequestEntityTooLarge, "request.too_large")));
        Assert.That(Submitter.Sent.Select(m => m.MessageId), Does.Not.Contain(message.MessageId));
    }

    [Test]
    public async Task Should_pass_on_the_hubs_refusal_with_its_code()
    {
        Submitter.Answer = FakeSubmitter.Mode.Rejection;

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, Samples.Cdp()));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "dossier.not_found")));
    }

    [Test]
    public async Task Should_answer_503_when_the_broker_does_not_confirm()
    {
        Submitter.Answer = FakeSubmitter.Mode.BrokerDown;

        var answer = await Answer.ReadAsync(await Gateway.PostJsonAsync(Path, RunningGateway.HuissiersKey, Samples.Cdp()));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.ServiceUnavailable, "broker.unavailable")));
    }
}
