namespace Ccapex.Hub.Contracts;

/// <summary>
/// The hub tells the CCAPEX secretariat that a partner did not answer despite reminders, so that a
/// person takes the matter up.
/// </summary>
public sealed record EscalateOverdueAnswer
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required Guid DossierId { get; init; }

    public required string Flow { get; init; }

    public required string ExpectedMessage { get; init; }

    /// <summary>The partner that did not answer.</summary>
    public required PartnerCode Partner { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public required int RemindersSent { get; init; }
}
