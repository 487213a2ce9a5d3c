using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// The Département's endpoint answers 503 to everything; its circuit opens after three failures (its own
/// policy) and its dispatcher stops taking messages: they wait in its queue, none is parked, no further
/// request is made during the break. The CAF's deliveries go on meanwhile.
/// </summary>
[TestFixture]
public sealed class When_a_partner_circuit_opens
{
    private WebhookWorld _world = null!;
    private RunningWorker _worker = null!;
    private List<RequestSixMonthFollowUp> _toCaf = null!;

    [OneTimeSetUp]
    public async Task Break()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Departement.Answer = (_, _) => Task.FromResult(503);
        _worker = await _world.StartWorkerAsync([.. _world.Settings(withDepartement: true),
            "--Webhooks:Partners:DEPARTEMENT:Delivery:MaxAttempts=10",
            "--Webhooks:Partners:DEPARTEMENT:Delivery:BreakMinimumThroughput=3",
            "--Webhooks:Partners:DEPARTEMENT:Delivery:BreakFailureRatio=1",
            "--Webhooks:Partners:DEPARTEMENT:Delivery:BreakDuration=00:10:00"]);
        for (var i = 0; i < 3; i++)
        {
            await _world.SendFollowUpAsync(PartnerCode.Departement);
        }

        _toCaf = Enumerable.Range(0, 5).Select(_ => WebhookWorld.FollowUp()).ToList();
        foreach (var message in _toCaf)
        {
            await _world.SendEnvelopeAsync(PartnerCode.Caf, message);
        }

        await Eventually.Until(
            async () => await _world.CountAsync(WebhookWorld.Inbox(PartnerCode.Departement)) == (3, 0),
            () => "the Département's dispatcher did not stop consuming with its three messages back in the queue");
        await Eventually.Until(() => _world.Caf.Accepted.Count == _toCaf.Count, () => $"the CAF got {_world.Caf.Accepted.Count} of {_toCaf.Count}");
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public async Task Should_keep_the_messages_queued_not_parked()
    {
        Assert.That(await _world.ParkedCountAsync(PartnerCode.Departement), Is.Zero);
    }

    [Test]
    public void Should_stop_calling_the_dead_endpoint_once_the_circuit_opened()
    {
        // Three failures open the circuit; the retry's next attempt is refused by it without a request.
        Assert.That(_world.Departement.Received, Has.Count.EqualTo(3));
    }

    [Test]
    public void Should_deliver_the_healthy_partner_in_order()
    {
        Assert.That(_world.Caf.Accepted.Select(r => r.MessageId), Is.EqualTo(_toCaf.Select(m => m.MessageId.ToString())));
    }

    [Test]
    public void Should_warn_that_the_partner_circuit_is_open()
    {
        Assert.That(_worker.Logs.Lines.Where(l => l.Level == LogLevel.Warning).Select(l => l.Text),
            Has.Some.Contains("Circuit open for DEPARTEMENT").And.Contains("ccapex.departement.in"));
    }
}
