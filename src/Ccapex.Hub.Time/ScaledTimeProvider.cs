namespace Ccapex.Hub.Time;

/// <summary>
/// A clock that runs <see cref="Scale"/> times faster than real time from <see cref="Epoch"/>, where both agree.
/// Only the date moves faster: timers and timestamps stay real, so polling intervals and timeouts keep their
/// real length while legal delays (six weeks, two months, six months) pass in seconds. Every process given the
/// same epoch and scale reads the same time, so the hub, the gateway and the simulated partners agree on "today".
/// </summary>
public sealed class ScaledTimeProvider : TimeProvider
{
    private readonly TimeProvider _real;

    public ScaledTimeProvider(DateTimeOffset epoch, double scale, TimeProvider? real = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1.0);
        Epoch = epoch;
        Scale = scale;
        _real = real ?? System;
    }

    public DateTimeOffset Epoch { get; }

    public double Scale { get; }

    public override DateTimeOffset GetUtcNow()
    {
        var elapsed = _real.GetUtcNow() - Epoch;
        return Epoch + TimeSpan.FromTicks((long)(elapsed.Ticks * Scale));
    }
}
