using System.Diagnostics;
using NUnit.Framework;

namespace Ccapex.Hub.Testing;

/// <summary>Waits, in real time, for what the hub and the partners do asynchronously; fails the test after <see cref="Timeout"/>.</summary>
public static class Eventually
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
