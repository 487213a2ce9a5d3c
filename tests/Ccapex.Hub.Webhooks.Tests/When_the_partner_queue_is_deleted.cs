using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// An operator deletes the CAF's queue under the worker: the broker cancels its consumer, the dispatcher
/// starts again, declares the queue anew and delivers what the hub sends next.
/// </summary>
[TestFixture]
public sealed class When_the_partner_queue_is_deleted
{
    private WebhookWorld _world = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _world = await WebhookWorld.StartAsync();
        await _world.StartWorkerAsync(_world.Settings());
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Consumers == 1, () => "the worker does not consume");
        await _world.DeleteQueueAsync(WebhookWorld.Inbox(PartnerCode.Caf));
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public async Task Should_consume_again_and_deliver()
    {
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Caf))).Consumers == 1, () => "the worker did not consume again");
        var next = await _world.SendFollowUpAsync(PartnerCode.Caf);
        await Eventually.Until(() => _world.Caf.Accepted.Any(r => r.MessageId == next.MessageId.ToString()), () => "not delivered");
    }
}
