using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// The Département's endpoint holds its first request without answering; meanwhile the CAF's ten deliveries
/// all arrive, in queue order. Each partner has its own dispatcher, HTTP client and pipeline.
/// </summary>
[TestFixture]
public sealed class When_one_of_two_partners_hangs
{
    private readonly TaskCompletionSource<int> _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebhookWorld _world = null!;
    private List<RequestSixMonthFollowUp> _toCaf = null!;

    [OneTimeSetUp]
    public async Task Deliver()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Departement.Answer = (_, _) => _release.Task;
        await _world.StartWorkerAsync([.. _world.Settings(withDepartement: true),
            "--Webhooks:Partners:DEPARTEMENT:Delivery:AttemptTimeout=00:02:00",
            "--Webhooks:Partners:DEPARTEMENT:Delivery:TotalTimeout=00:05:00"]);
        await _world.SendFollowUpAsync(PartnerCode.Departement);
        await Eventually.Until(() => _world.Departement.Received.Count == 1, () => "the Département's request never started");

        _toCaf = Enumerable.Range(0, 10).Select(_ => WebhookWorld.FollowUp()).ToList();
        foreach (var message in _toCaf)
        {
            await _world.SendEnvelopeAsync(PartnerCode.Caf, message);
        }

        await Eventually.Until(() => _world.Caf.Accepted.Count == _toCaf.Count, () => $"the CAF got {_world.Caf.Accepted.Count} of {_toCaf.Count}");
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _release.TrySetResult(200);
        await _world.DisposeAsync();
    }

    [Test]
    [Order(1)]
    public void Should_deliver_the_healthy_partner_in_queue_order_while_the_other_is_still_held()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_world.Caf.Accepted.Select(r => r.MessageId), Is.EqualTo(_toCaf.Select(m => m.MessageId.ToString())));
            Assert.That(_world.Departement.Received, Has.Count.EqualTo(1), "one in flight per partner");
            Assert.That(_world.Departement.Accepted, Is.Empty, "still held");
        });
    }

    [Test]
    [Order(2)]
    public async Task Should_deliver_the_held_partner_once_it_answers()
    {
        _release.TrySetResult(200);
        await Eventually.Until(() => _world.Departement.Accepted.Count == 1, () => "the Département's delivery did not complete");
        await Eventually.Until(async () => (await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Departement))).Messages == 0, () => "not acked");
        Assert.That(_world.Departement.Received, Has.Count.EqualTo(1));
    }
}
