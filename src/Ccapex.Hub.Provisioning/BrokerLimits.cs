namespace Ccapex.Hub.Provisioning;

/// <summary>
/// What one partner may take of the broker (user limits) and how long the hub's queues may grow (policies with
/// overflow reject-publish: a sender with publisher confirms gets a nack, nothing queued is dropped).
/// </summary>
public sealed record BrokerLimits
{
    public const int MaxValue = 1_000_000_000;

    /// <summary>Connections one partner user may hold open at once (CCAPEX_PARTNERS_MAX_CONNECTIONS).</summary>
    public int MaxConnections { get; init; } = 10;

    /// <summary>Channels one partner user may hold open at once, over all its connections (CCAPEX_PARTNERS_MAX_CHANNELS).</summary>
    public int MaxChannels { get; init; } = 100;

    /// <summary>Messages an intake queue (ccapex.intake.&lt;type&gt;) holds before publishes to it are refused (CCAPEX_INTAKE_MAX_LENGTH).</summary>
    public int IntakeMaxLength { get; init; } = 100_000;

    /// <summary>Messages a partner's inbox (ccapex.&lt;partner&gt;.in) holds before the hub's deliveries to it are refused (CCAPEX_INBOX_MAX_LENGTH).</summary>
    public int InboxMaxLength { get; init; } = 100_000;
}
