using System.Diagnostics;

namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>Waits, in real time, for what the hub does asynchronously.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task Until(Func<bool> condition, Func<string> failure)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Timeout)
            {
                Assert.Fail($"{failure()} (waited {Timeout})");
            }

            await Task.Delay(20);
        }
    }
}
