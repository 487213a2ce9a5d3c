using System.Diagnostics;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>Waits, in real time, for what the hub does asynchronously: deliveries, saga state.</summary>
internal static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with <paramref name="failure"/> after <see cref="Timeout"/>.</summary>
    public static async Task Until(Func<Task<bool>> condition, Func<string> failure)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > Timeout)
            {
                Assert.Fail($"{failure()} (waited {Timeout})");
            }

            await Task.Delay(20);
        }
    }

    public static Task Until(Func<bool> condition, Func<string> failure) => Until(() => Task.FromResult(condition()), failure);
}
