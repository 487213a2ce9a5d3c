using System.Globalization;

namespace Ccapex.Hub.Time;

/// <summary>
/// Reads the demonstration clock from CCAPEX_DEMO_TIME_SCALE (how many times faster than real time) and
/// CCAPEX_DEMO_EPOCH (the ISO 8601 instant at which hub time and real time agree; `./hub up` sets it once for
/// every process it starts). No scale, or 1: the real clock.
/// </summary>
public static class DemoTime
{
    public const string ScaleVariable = "CCAPEX_DEMO_TIME_SCALE";
    public const string EpochVariable = "CCAPEX_DEMO_EPOCH";

    /// <summary>Beyond this a day passes in under a millisecond of real time: the relay's polling could not keep up.</summary>
    public const double MaxScale = 10_000_000;

    /// <returns>The clock to use, or null with <paramref name="error"/> naming the variable at fault.</returns>
    public static TimeProvider? From(string? scale, string? epoch, DateTimeOffset startedAt, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(scale))
        {
            return TimeProvider.System;
        }

        if (!double.TryParse(scale, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || factor is < 1 or > MaxScale || double.IsNaN(factor))
        {
            error = $"{ScaleVariable} must be a number from 1 to {MaxScale:0}; got '{scale}'.";
            return null;
        }

        var origin = startedAt;
        if (!string.IsNullOrWhiteSpace(epoch)
            && !DateTimeOffset.TryParse(epoch, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out origin))
        {
            error = $"{EpochVariable} must be an ISO 8601 instant such as 2026-11-27T10:00:00Z; got '{epoch}'.";
            return null;
        }

        return factor == 1 ? TimeProvider.System : new ScaledTimeProvider(origin, factor);
    }

    /// <summary>From the process's environment; throws <see cref="DemoTimeException"/> with the message above on a bad value.</summary>
    public static TimeProvider FromEnvironment()
    {
        var clock = From(Environment.GetEnvironmentVariable(ScaleVariable), Environment.GetEnvironmentVariable(EpochVariable), DateTimeOffset.UtcNow, out var error);
        return clock ?? throw new DemoTimeException(error!);
    }
}
