using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>Every attempt outlives the attempt timeout: each one is retried, then the message is parked saying so.</summary>
[TestFixture]
public sealed class When_the_receiver_never_answers
{
    private readonly TaskCompletionSource<int> _never = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebhookWorld _world = null!;

    [OneTimeSetUp]
    public async Task Park()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, _) => _never.Task;
        await _world.StartWorkerAsync([.. _world.Settings(), "--Webhooks:Partners:CAF:Delivery:AttemptTimeout=00:00:00.300"]);
        await _world.SendFollowUpAsync(PartnerCode.Caf);
        await _world.WaitParkedAsync(PartnerCode.Caf);
    }

    [OneTimeTearDown]
    public async Task TearDown()
    {
        _never.TrySetResult(500);
        await _world.DisposeAsync();
    }

    [Test]
    public async Task Should_park_after_three_timed_out_attempts_with_that_reason()
    {
        var (_, output, _) = await _world.RunCommandAsync("parked", "CAF");
        Assert.Multiple(() =>
        {
            Assert.That(_world.Caf.Received, Has.Count.EqualTo(3));
            Assert.That(output, Does.Contain("attempts 3").And.Contain("last status none"));
            Assert.That(output, Does.Contain("no answer within the attempt timeout 00:00:00.3"));
        });
    }
}
