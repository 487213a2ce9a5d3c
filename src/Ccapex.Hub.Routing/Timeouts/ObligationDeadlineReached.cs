namespace Ccapex.Hub.Routing.Timeouts;

/// <summary>Timeout: an obligation's deadline (or its next reminder date) has come. Sent to the dossier by the outbox relay.</summary>
public sealed record ObligationDeadlineReached
{
    public required Guid DossierId { get; init; }

    public required Guid ObligationId { get; init; }

    /// <summary>How many reminders had been sent when this timeout was set; a stale timeout is ignored.</summary>
    public required int RemindersSent { get; init; }
}
