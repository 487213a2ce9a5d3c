using System.Diagnostics;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>Waits, in real time, for what the hub and the workers do asynchronously.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task Until(Func<Task<bool>> condition, Func<string> failure)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > Timeout)
            {
                Assert.Fail($"{failure()} (waited {Timeout})");
            }

            await Task.Delay(50);
        }
    }

    public static Task Until(Func<bool> condition, Func<string> failure) => Until(() => Task.FromResult(condition()), failure);
}
