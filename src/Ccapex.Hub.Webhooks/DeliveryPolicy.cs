namespace Ccapex.Hub.Webhooks;

/// <summary>
/// How one partner's deliveries are tried: section "Webhooks:Delivery" for every partner, overridden key by
/// key by "Webhooks:Partners:&lt;CODE&gt;:Delivery".
/// </summary>
public sealed class DeliveryPolicy
{
    public const string Section = "Delivery";

    /// <summary>One HTTP attempt, connection included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts of one message in one go, back-off delays included; then it is parked.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts before a message is parked, counted across circuit-breaker pauses.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Base of the exponential back-off (jittered): about 1x, 2x, 4x... this, capped by <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The circuit opens when this share of the attempts in the sampling window failed...</summary>
    public double BreakFailureRatio { get; set; } = 0.5;

    /// <summary>...and at least this many attempts were made in it. One message in flight per partner makes few attempts a minute: keep it low.</summary>
    public int BreakMinimumThroughput { get; set; } = 5;

    public TimeSpan BreakSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the dispatcher stops taking messages once the circuit opened, before one probe.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Each failed probe doubles the break, up to this: a long outage costs few probes (each counts as an attempt).</summary>
    public TimeSpan BreakMaxDuration { get; set; } = TimeSpan.FromMinutes(10);
}
