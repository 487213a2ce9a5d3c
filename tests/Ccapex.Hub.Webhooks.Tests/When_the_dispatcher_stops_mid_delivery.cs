using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// The worker is stopped while the receiver holds its request: the message was never acked, so it is back in
/// the CAF's queue (not parked, not lost) and the next worker delivers it, with the same message id.
/// </summary>
[TestFixture]
public sealed class When_the_dispatcher_stops_mid_delivery
{
    private readonly TaskCompletionSource<int> _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebhookWorld _world = null!;
    private RequestSixMonthFollowUp _sent = null!;

    [OneTimeSetUp]
    public async Task Stop()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, before) => before == 0 ? _release.Task : Task.FromResult(200);
        var first = await _world.StartWorkerAsync(_world.Settings());
        _sent = await _world.SendFollowUpAsync(PartnerCode.Caf);
        await Eventually.Until(() => _world.Caf.Received.Count == 1, () => "the delivery never started");
        await first.StopAsync();
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _release.TrySetResult(200);
        await _world.DisposeAsync();
    }

    [Test]
    [Order(1)]
    public async Task Should_put_the_message_back_in_the_queue_unparked()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf)), Is.EqualTo((1u, 0u)));
            Assert.That(await _world.ParkedCountAsync(PartnerCode.Caf), Is.Zero);
            Assert.That(_world.Caf.Accepted, Is.Empty);
        });
        await Task.CompletedTask;
    }

    [Test]
    [Order(2)]
    public async Task Should_deliver_it_when_the_worker_starts_again()
    {
        await _world.StartWorkerAsync(_world.Settings());
        await Eventually.Until(() => _world.Caf.Accepted.Count == 1, () => "not redelivered");
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Messages == 0, () => "not acked");
        Assert.Multiple(() =>
        {
            Assert.That(_world.Caf.Accepted[0].MessageId, Is.EqualTo(_sent.MessageId.ToString()));
            Assert.That(_world.Caf.Received, Has.Count.EqualTo(2), "at least once: the unanswered attempt and the redelivery");
        });
    }
}
