using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>A typo in CCAPEX_CRASH_AT fails the start with the reason, rather than leave a crash test waiting for a crash that never comes.</summary>
public sealed class When_the_crash_point_is_malformed
{
    [Test]
    public async Task Should_refuse_to_start_and_say_why()
    {
        await using var hub = await CrashedHub.CreateAsync(StoreProvider.Sqlite);

        var run = hub.Launch($"{CrashPoint.SagaCommitted}:0");
        var exitCode = await run.WaitForExitAsync(CrashedHub.StartTimeout);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain($"{CrashPoint.Variable}='{CrashPoint.SagaCommitted}:0': expected 'point' or 'point:N' with N >= 1."));
            Assert.That(run.Output, Does.Not.Contain("Ccapex.Hub ready"));
        });
    }
}
