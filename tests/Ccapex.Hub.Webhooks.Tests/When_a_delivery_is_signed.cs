using System.Globalization;
using System.Text.Json;
using System.Text;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Webhooks.Signing;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// A follow-up request sent to the CAF's queue by MassTransit, as the hub's relay sends it, reaches the CAF's
/// webhook as the bare contract JSON, signed; a receiver's verifier accepts it once and refuses any change.
/// </summary>
[TestFixture]
public sealed class When_a_delivery_is_signed
{
    private WebhookWorld _world = null!;
    private RequestSixMonthFollowUp _sent = null!;
    private ReceivedRequest _received = null!;

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _world = await WebhookWorld.StartAsync();
        await _world.StartWorkerAsync(_world.Settings());
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

        await Eventually.Until(() => _world.Caf.Received.Count > 0, () => "the CAF's webhook got nothing");
        _received = _world.Caf.Received[0];
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
    public void Should_carry_the_message_id_type_and_a_current_timestamp()
    {
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(_received.Timestamp!, CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(_received.MessageId, Is.EqualTo(_sent.MessageId.ToString()));
            Assert.That(_received.MessageType, Is.EqualTo(nameof(RequestSixMonthFollowUp)));
            Assert.That(DateTimeOffset.UtcNow - signedAt, Is.LessThan(TimeSpan.FromMinutes(1)));
            Assert.That(_received.Signature, Does.Match("^v1=[0-9a-f]{64}$"));
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
        // What a partner not on .NET computes: hex HMAC-SHA256(secret, "{timestamp}.{body}").
        var signed = Encoding.UTF8.GetBytes(_received.Timestamp + ".").Concat(_received.Body).ToArray();
        var expected = "v1=" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(WebhookWorld.CafSecret, signed));
        Assert.That(_received.Signature, Is.EqualTo(expected));
    }

    [Test]
    public void Should_refuse_a_tampered_body()
    {
        var tampered = _received.Text.Replace(_sent.FollowUpId.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal);
        var verdict = Fresh().Verify(_received.MessageId, _received.Timestamp, _received.Signature, Encoding.UTF8.GetBytes(tampered));
        Assert.That(verdict.Code, Is.EqualTo(WebhookVerification.SignatureMismatch));
    }

    [Test]
    public void Should_refuse_a_wrong_secret()
    {
        var verdict = new WebhookVerifier(WebhookWorld.DepartementSecret).Verify(_received.MessageId, _received.Timestamp, _received.Signature, _received.Body);
        Assert.That(verdict.Code, Is.EqualTo(WebhookVerification.SignatureMismatch));
    }

    [Test]
    public void Should_refuse_a_stale_timestamp()
    {
        var later = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(long.Parse(_received.Timestamp!, CultureInfo.InvariantCulture)) + TimeSpan.FromMinutes(6));
        var verdict = new WebhookVerifier(WebhookWorld.CafSecret, clock: later).Verify(_received.MessageId, _received.Timestamp, _received.Signature, _received.Body);
        Assert.That(verdict.Code, Is.EqualTo(WebhookVerification.TimestampOutsideTolerance));
    }

    [Test]
    public void Should_refuse_a_timestamp_changed_to_a_fresh_one()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var verdict = Fresh().Verify(_received.MessageId, now == _received.Timestamp ? "1" : now, _received.Signature, _received.Body);
        Assert.That(verdict.Accepted, Is.False);
    }

    [Test]
    public void Should_refuse_a_replayed_id()
    {
        var verifier = Fresh();
        var first = verifier.Verify(_received.MessageId, _received.Timestamp, _received.Signature, _received.Body);
        var replay = verifier.Verify(_received.MessageId, _received.Timestamp, _received.Signature, _received.Body);
        Assert.Multiple(() =>
        {
            Assert.That(first.Accepted, Is.True);
            Assert.That(replay.Accepted, Is.False);
            Assert.That(replay.Code, Is.EqualTo(WebhookVerification.MessageIdReplayed));
        });
    }

    [TestCase(null, WebhookVerification.SignatureMissing)]
    [TestCase("sha256=00", WebhookVerification.SignatureMalformed)]
    [TestCase("v1=zz", WebhookVerification.SignatureMismatch)]
    public void Should_refuse_a_missing_or_malformed_signature(string? signature, string code)
    {
        var verdict = Fresh().Verify(_received.MessageId, _received.Timestamp, signature, _received.Body);
        Assert.That(verdict.Code, Is.EqualTo(code));
    }

    [Test]
    public void Should_refuse_a_short_secret()
    {
        Assert.That(() => new WebhookVerifier(new byte[31]), Throws.ArgumentException.With.Message.Contains("32 bytes"));
    }

    private static WebhookVerifier Fresh() => new(WebhookWorld.CafSecret);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
