using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Webhooks.Signing;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// A follow-up request sent to the CAF's queue by MassTransit, as the hub's relay sends it, reaches the CAF's
/// webhook as the bare contract JSON, signed v2 over its id, type, timestamp and body, and the receiver's
/// verifier accepts it. The Département, registered with SendV1Signature for its transition, gets v2 and v1.
/// </summary>
[TestFixture]
public sealed class When_a_delivery_is_signed
{
    private WebhookWorld _world = null!;
    private RequestSixMonthFollowUp _sent = null!;
    private ReceivedRequest _received = null!;
    private ReceivedRequest _inTransition = null!;

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _world = await WebhookWorld.StartAsync();
        await _world.StartWorkerAsync([.. _world.Settings(withDepartement: true), "--Webhooks:Partners:DEPARTEMENT:SendV1Signature=true"]);
        _sent = WebhookWorld.FollowUp();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(_world.Broker.AmqpUri);
            cfg.ConfigureJsonSerializerOptions(ContractJson.Apply);
        });
        await bus.StartAsync();
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri(BrokerNames.Queue(BrokerNames.PartnerQueue(PartnerCode.Caf))));
            await endpoint.Send(_sent, context => context.MessageId = _sent.MessageId);
        }
        finally
        {
            await bus.StopAsync();
        }

        await _world.SendFollowUpAsync(PartnerCode.Departement);
        await Eventually.Until(() => _world.Caf.Received.Count > 0 && _world.Departement.Received.Count > 0, () => "a webhook got nothing");
        _received = _world.Caf.Received[0];
        _inTransition = _world.Departement.Received[0];
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public void Should_post_the_contract_body_not_the_envelope()
    {
        using var json = JsonDocument.Parse(_received.Body);
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.TryGetProperty("messageType", out _), Is.False, "envelope posted");
            Assert.That(json.RootElement.GetProperty("followUpId").GetGuid(), Is.EqualTo(_sent.FollowUpId), "camelCase contract body");
            Assert.That(JsonSerializer.Deserialize<RequestSixMonthFollowUp>(_received.Body, ContractJson.Options)?.MessageId, Is.EqualTo(_sent.MessageId));
            Assert.That(_received.ContentType, Does.StartWith("application/json"));
        });
    }

    [Test]
    public void Should_carry_the_message_id_type_a_current_timestamp_and_only_a_v2_signature()
    {
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(_received.Timestamp!, CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(_received.MessageId, Is.EqualTo(_sent.MessageId.ToString()));
            Assert.That(_received.MessageType, Is.EqualTo(nameof(RequestSixMonthFollowUp)));
            Assert.That(DateTimeOffset.UtcNow - signedAt, Is.LessThan(TimeSpan.FromMinutes(1)));
            Assert.That(_received.Signature, Does.Match("^v2=[0-9a-f]{64}$"));
        });
    }

    [Test]
    public async Task Should_be_verified_by_the_receiver_and_acked()
    {
        Assert.That(_received.Verification, Is.EqualTo(WebhookVerification.Ok));
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages == 0, () => "not acked");
        Assert.That(await _world.ParkedCountAsync(PartnerCode.Caf), Is.Zero);
    }

    [Test]
    public void Should_verify_with_the_documented_formula()
    {
        // What a partner not on .NET computes (docs/partners.md): five lines, the last the body's hex SHA-256.
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(_received.Body));
        var signed = $"v2\n{_received.MessageId}\n{_received.MessageType}\n{_received.Timestamp}\n{bodyHash}";
        var expected = "v2=" + Convert.ToHexStringLower(HMACSHA256.HashData(WebhookWorld.CafSecret, Encoding.UTF8.GetBytes(signed)));
        Assert.That(_received.Signature, Is.EqualTo(expected));
    }

    [Test]
    public void Should_match_the_worked_example_of_the_partner_guide()
    {
        // docs/partners.md, "Webhooks": the same inputs must give the same text and hex there and here.
        var secret = Encoding.UTF8.GetBytes("example-secret-of-at-least-32-bytes!!");
        var body = Encoding.UTF8.GetBytes("""{"messageId":"7d1c2a3e-0b6f-4c1d-9a7e-2f4b5c6d7e8f"}""");
        var text = WebhookSignatureV2.SignedText("7d1c2a3e-0b6f-4c1d-9a7e-2f4b5c6d7e8f", "RequestSixMonthFollowUp", "1767225600", body);
        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("v2\n7d1c2a3e-0b6f-4c1d-9a7e-2f4b5c6d7e8f\nRequestSixMonthFollowUp\n1767225600\n"
                + "342ee0bc833bd0f9e012c2d3d1644e5707b3d7cc4d556c4cebe8d86d936d3859"));
            Assert.That(WebhookSignatureV2.Create(secret, "7d1c2a3e-0b6f-4c1d-9a7e-2f4b5c6d7e8f", "RequestSixMonthFollowUp", "1767225600", body),
                Is.EqualTo("v2=3cbc4e257850af01fe0eb281cbf2591e8d76f2027b6d6e24c2a01997030cb520"));
        });
    }

    [Test]
    public void Should_sign_v2_then_v1_for_a_partner_in_transition_and_pass_the_v2_verifier()
    {
        var v1 = WebhookSignature.Create(WebhookWorld.DepartementSecret, long.Parse(_inTransition.Timestamp!, CultureInfo.InvariantCulture), _inTransition.Body);
        Assert.Multiple(() =>
        {
            Assert.That(_inTransition.Signature, Does.Match("^v2=[0-9a-f]{64},v1=[0-9a-f]{64}$"));
            Assert.That(_inTransition.Signature, Does.EndWith("," + v1));
            Assert.That(_inTransition.Verification, Is.EqualTo(WebhookVerification.Ok));
        });
    }

    [Test]
    public void Should_refuse_a_stale_timestamp()
    {
        var later = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(long.Parse(_received.Timestamp!, CultureInfo.InvariantCulture)) + TimeSpan.FromMinutes(6));
        var verdict = new WebhookVerifier(WebhookWorld.CafSecret, clock: later).Verify(_received.MessageId, _received.MessageType, _received.Timestamp, _received.Signature, _received.Body);
        Assert.That(verdict.Code, Is.EqualTo(WebhookVerification.TimestampOutsideTolerance));
    }

    [TestCase(null, WebhookVerification.SignatureMissing)]
    [TestCase("sha256=00", WebhookVerification.SignatureMalformed)]
    [TestCase("v2=zz", WebhookVerification.SignatureMismatch)]
    [TestCase("v1=zz", WebhookVerification.SignatureV1Only)]
    public void Should_refuse_a_missing_or_malformed_signature(string? signature, string code)
    {
        var verdict = Fresh().Verify(_received.MessageId, _received.MessageType, _received.Timestamp, signature, _received.Body);
        Assert.That(verdict.Code, Is.EqualTo(code));
    }

    [TestCase(null, "RequestSixMonthFollowUp", "1", WebhookVerification.MessageIdMissing)]
    [TestCase("a\nb", "RequestSixMonthFollowUp", "1", WebhookVerification.MessageIdInvalid)]
    [TestCase("id", null, "1", WebhookVerification.MessageTypeMissing)]
    [TestCase("id", "Request\u0007", "1", WebhookVerification.MessageTypeInvalid)]
    [TestCase("id", "RequestSixMonthFollowUp", "-1", WebhookVerification.TimestampInvalid)]
    [TestCase("id", "RequestSixMonthFollowUp", "1e9", WebhookVerification.TimestampInvalid)]
    public void Should_refuse_a_missing_or_malformed_header(string? messageId, string? messageType, string timestamp, string code)
    {
        var verdict = Fresh().Verify(messageId, messageType, timestamp, _received.Signature, _received.Body);
        Assert.That(verdict.Code, Is.EqualTo(code));
    }

    [Test]
    public void Should_refuse_a_short_secret()
    {
        Assert.That(() => new WebhookVerifier(new byte[31]), Throws.ArgumentException.With.Message.Contains("32 bytes"));
    }

    private static WebhookVerifier Fresh() => new(WebhookWorld.CafSecret);
}
