namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>Each failed probe doubles the partner's break, up to its maximum: a long outage costs few probes.</summary>
[TestFixture]
public sealed class When_a_circuit_stays_open
{
    [TestCase(0, 30)]
    [TestCase(1, 60)]
    [TestCase(3, 240)]
    [TestCase(5, 600)]
    [TestCase(40, 600)]
    public void Should_double_the_break_up_to_the_maximum(int failedProbes, int seconds)
    {
        var policy = new DeliveryPolicy { BreakDuration = TimeSpan.FromSeconds(30), BreakMaxDuration = TimeSpan.FromMinutes(10) };
        Assert.That(DeliveryPipeline.BreakFor(policy, failedProbes), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }
}
