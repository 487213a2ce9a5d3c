namespace Ccapex.Hub.Crash.Tests;

/// <summary>One outbox row as the store holds it.</summary>
internal sealed record OutboxTrace(Guid MessageId, string Destination, string MessageType, DateTimeOffset? DueAt, DateTimeOffset? SentAt)
{
    public bool IsSent => SentAt is not null;

    /// <summary>To go now: not sent and not waiting for a due date.</summary>
    public bool IsPendingNow => SentAt is null && (DueAt is null || DueAt <= DateTimeOffset.UtcNow);
}
