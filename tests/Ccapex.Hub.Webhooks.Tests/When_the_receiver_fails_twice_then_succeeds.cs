using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>Two 503s then a 200: the retry delivers, the message is acked once, nothing is parked.</summary>
[TestFixture]
public sealed class When_the_receiver_fails_twice_then_succeeds
{
    private WebhookWorld _world = null!;
    private RequestSixMonthFollowUp _sent = null!;

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, before) => Task.FromResult(before < 2 ? 503 : 200);
        await _world.StartWorkerAsync(_world.Settings());
        _sent = await _world.SendFollowUpAsync(PartnerCode.Caf);
        await Eventually.Until(() => _world.Caf.Accepted.Count == 1, () => $"got {_world.Caf.Received.Count} request(s), none accepted");
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages == 0, () => "the message is still queued");
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public void Should_try_three_times_with_the_same_message_id_each_signed_validly()
    {
        var received = _world.Caf.Received;
        Assert.Multiple(() =>
        {
            Assert.That(received, Has.Count.EqualTo(3));
            Assert.That(received.Select(r => r.MessageId), Is.All.EqualTo(_sent.MessageId.ToString()));
            Assert.That(received.Select(r => r.Verification.Accepted), Is.All.True, "each attempt is signed afresh and the failed ones were forgotten");
        });
    }

    [Test]
    public async Task Should_ack_once_and_park_nothing()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(_world.Caf.Accepted, Has.Count.EqualTo(1));
            Assert.That((await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages, Is.Zero);
            Assert.That(await _world.ParkedCountAsync(PartnerCode.Caf), Is.Zero);
        });
        await Task.CompletedTask;
    }
}
