namespace Ccapex.Hub.Contracts;

/// <summary>
/// The hub reminds a partner that an answer the charter expects from it is late (for example the
/// CAF's rights check, F4, or a six-month status, F14).
/// </summary>
public sealed record RemindOverdueAnswer
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required Guid DossierId { get; init; }

    /// <summary>The flow whose answer is late, e.g. "F14".</summary>
    public required string Flow { get; init; }

    /// <summary>The message type expected, e.g. "SixMonthStatusReported".</summary>
    public required string ExpectedMessage { get; init; }

    public required PartnerCode Addressee { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    /// <summary>1 for the first reminder.</summary>
    public required int Reminder { get; init; }
}
