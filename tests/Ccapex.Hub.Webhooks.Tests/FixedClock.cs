namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>A receiver's clock the test sets: where a verifier thinks "now" is.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
