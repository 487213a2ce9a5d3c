using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>
/// The circuit opens after two failures and each probe fails too: the message's attempts add up across the
/// pauses, so it is parked after four rather than holding the partner's queue for ever.
/// </summary>
[TestFixture]
public sealed class When_a_message_fails_on_every_probe
{
    private WebhookWorld _world = null!;
    private RunningWorker _worker = null!;

    [OneTimeSetUp]
    public async Task Park()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, _) => Task.FromResult(503);
        _worker = await _world.StartWorkerAsync([.. _world.Settings(),
            "--Webhooks:Partners:CAF:Delivery:MaxAttempts=4",
            "--Webhooks:Partners:CAF:Delivery:BreakMinimumThroughput=2",
            "--Webhooks:Partners:CAF:Delivery:BreakFailureRatio=1",
            "--Webhooks:Partners:CAF:Delivery:BreakDuration=00:00:00.500",
            "--Webhooks:Partners:CAF:Delivery:BreakMaxDuration=00:00:00.500"]);
        await _world.SendFollowUpAsync(PartnerCode.Caf);
        await _world.WaitParkedAsync(PartnerCode.Caf);
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public async Task Should_park_after_the_attempts_made_across_the_pauses()
    {
        var (_, output, _) = await _world.RunCommandAsync("parked", "CAF");
        Assert.Multiple(() =>
        {
            Assert.That(_world.Caf.Received, Has.Count.EqualTo(4));
            Assert.That(output, Does.Contain("attempts 4").And.Contain("last status 503"));
            Assert.That(_worker.Logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Text.StartsWith("Circuit open for CAF", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2));
        });
    }
}
