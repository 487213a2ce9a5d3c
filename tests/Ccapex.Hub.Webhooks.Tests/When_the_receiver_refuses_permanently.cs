using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>A 400 is a refusal no retry can cure: parked at the first attempt with the status and the receiver's words.</summary>
[TestFixture]
public sealed class When_the_receiver_refuses_permanently
{
    private WebhookWorld _world = null!;
    private RequestSixMonthFollowUp _sent = null!;

    [OneTimeSetUp]
    public async Task Park()
    {
        _world = await WebhookWorld.StartAsync();
        _world.Caf.Answer = (_, _) => Task.FromResult(400);
        await _world.StartWorkerAsync(_world.Settings());
        _sent = await _world.SendFollowUpAsync(PartnerCode.Caf);
        await _world.WaitParkedAsync(PartnerCode.Caf);
    }

    [OneTimeTearDown]
    public async Task TearDown() => await _world.DisposeAsync();

    [Test]
    public async Task Should_park_at_once_with_the_status_and_body_excerpt()
    {
        var (_, output, _) = await _world.RunCommandAsync("parked", "CAF");
        Assert.Multiple(() =>
        {
            Assert.That(_world.Caf.Received, Has.Count.EqualTo(1));
            Assert.That(output, Does.Contain("attempts 1").And.Contain("last status 400"));
            Assert.That(output, Does.Contain("refused by the partner: HTTP 400: refused by the test receiver (400)"));
        });
    }
}
