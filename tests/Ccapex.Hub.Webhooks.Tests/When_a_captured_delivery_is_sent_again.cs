using System.Globalization;
using System.Text;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// Someone who captured one real delivery posts it again to the partner's receiver (Kestrel, verifying v2):
/// unchanged it is a replay; with its id, type, timestamp or body changed, or re-signed with another secret,
/// the signature no longer matches; stripped down to a v1 signature (which v1 receivers would take with any
/// id), it is refused because the receiver requires v2.
/// </summary>
[TestFixture]
public sealed class When_a_captured_delivery_is_sent_again
{
    private WebhookWorld _world = null!;
    private RequestSixMonthFollowUp _sent = null!;
    private ReceivedRequest _captured = null!;

    [OneTimeSetUp]
    public async Task Capture()
    {
        _world = await WebhookWorld.StartAsync();
        await _world.StartWorkerAsync(_world.Settings());
        _sent = await _world.SendFollowUpAsync(PartnerCode.Caf);
        await Eventually.Until(() => _world.Caf.Accepted.Count > 0, () => "the CAF's webhook accepted nothing");
        _captured = _world.Caf.Accepted[0];
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public void Should_have_accepted_the_real_delivery()
    {
        Assert.That(_captured.Verification, Is.EqualTo(WebhookVerification.Ok));
    }

    [Test]
    public async Task Should_refuse_it_unchanged_as_a_replayed_id()
    {
        var (status, verdict) = await _world.Caf.PostAsync(_captured.MessageId, _captured.MessageType, _captured.Timestamp, _captured.Signature, _captured.Body);

        // The receiver answers 2xx to a replay, as docs/partners.md asks, and does nothing with it.
        Assert.That((status, verdict), Is.EqualTo((200, WebhookVerification.MessageIdReplayed)));
    }

    [TestCase("message id")]
    [TestCase("message type")]
    [TestCase("timestamp")]
    [TestCase("body")]
    public async Task Should_refuse_it_with_one_part_changed(string part)
    {
        var (id, type, timestamp, body) = (_captured.MessageId, _captured.MessageType, _captured.Timestamp, _captured.Body);
        switch (part)
        {
            case "message id":
                id = Guid.NewGuid().ToString();
                break;
            case "message type":
                type = nameof(RemindOverdueAnswer);
                break;
            case "timestamp":
                timestamp = (long.Parse(timestamp!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
                break;
            default:
                body = Encoding.UTF8.GetBytes(_captured.Text.Replace(_sent.FollowUpId.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal));
                Assert.That(body, Is.Not.EqualTo(_captured.Body), "the body was not changed");
                break;
        }

        var (status, verdict) = await _world.Caf.PostAsync(id, type, timestamp, _captured.Signature, body);
        Assert.That((status, verdict), Is.EqualTo((401, WebhookVerification.SignatureMismatch)));
    }

    [Test]
    public async Task Should_refuse_it_signed_with_another_partners_secret()
    {
        // A valid v2 signature, but with the Département's secret: it proves nothing to the CAF.
        var other = WebhookSignatureV2.Create(WebhookWorld.DepartementSecret, Guid.NewGuid().ToString(), _captured.MessageType!, _captured.Timestamp!, _captured.Body);
        var (status, verdict) = await _world.Caf.PostAsync(_captured.MessageId, _captured.MessageType, _captured.Timestamp, other, _captured.Body);
        Assert.That((status, verdict), Is.EqualTo((401, WebhookVerification.SignatureMismatch)));
    }

    [Test]
    public async Task Should_refuse_a_v1_only_signature_under_a_new_id()
    {
        // The v1 MAC of the captured timestamp and body, as a v1 delivery carried it, sent under a fresh id.
        var v1 = WebhookSignature.Create(WebhookWorld.CafSecret, long.Parse(_captured.Timestamp!, CultureInfo.InvariantCulture), _captured.Body);
        var (status, verdict) = await _world.Caf.PostAsync(Guid.NewGuid().ToString(), _captured.MessageType, _captured.Timestamp, v1, _captured.Body);
        Assert.That((status, verdict), Is.EqualTo((401, WebhookVerification.SignatureV1Only)));
    }

    [Test]
    public void Should_show_why_v1_is_refused_a_v1_verifier_takes_the_new_id()
    {
        // What v2 closes: a verifier that accepts v1 cannot tell the id was changed.
        var v1 = WebhookSignature.Create(WebhookWorld.CafSecret, long.Parse(_captured.Timestamp!, CultureInfo.InvariantCulture), _captured.Body);
        var lenient = new WebhookVerifier(WebhookWorld.CafSecret, acceptV1: true);
        var verdict = lenient.Verify(Guid.NewGuid().ToString(), nameof(RemindOverdueAnswer), _captured.Timestamp, v1, _captured.Body);
        Assert.That(verdict.Accepted, Is.True);
    }

    [Test]
    public async Task Should_not_have_delivered_anything_more_nor_parked()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(_world.Caf.Accepted.Count(r => r.Verification.Accepted), Is.EqualTo(1));
            Assert.That(await _world.ParkedCountAsync(PartnerCode.Caf), Is.Zero);
        });
        await Task.CompletedTask;
    }
}
