using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Demo.Tests;

public sealed class When_the_hub_gets_a_bad_demonstration_clock
{
    [Test]
    public async Task Should_refuse_to_start_naming_the_variable()
    {
        await using var broker = await BrokerFixture.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "demo-bad-" + Guid.NewGuid().ToString("N"));
        await using var hub = HubHostProcess.Start(DemoProcesses.HubDll, DemoProcesses.Environment(broker, data, "fast"));

        var exitCode = await hub.WaitForExitAsync(DemoProcesses.StartTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), hub.Output);
            Assert.That(hub.Output, Does.Contain("CCAPEX_DEMO_TIME_SCALE must be a number"));
            Assert.That(Directory.Exists(data), Is.False, "nothing was created");
        });
    }
}
