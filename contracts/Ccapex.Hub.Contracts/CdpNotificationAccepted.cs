namespace Ccapex.Hub.Contracts;

/// <summary>
/// The hub's receipt for a CDP notification (F1): the dossier it opened or found. A resubmission of
/// the same act gets the same dossier id back with <see cref="Duplicate"/> set.
/// </summary>
[CharterFlow("F1", 11, 17)]
public sealed record CdpNotificationAccepted
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    /// <summary>The <c>MessageId</c> of the notification this receipt answers.</summary>
    public required Guid InReplyTo { get; init; }

    public required string ActReference { get; init; }

    public required Guid DossierId { get; init; }

    /// <summary>
    /// False when the CDP is under the legal threshold (less than 2 months of arrears and a debt
    /// under twice the monthly rent excluding charges): recorded, but not a notification the law requires.
    /// </summary>
    public required bool NotificationRequired { get; init; }

    public required bool Duplicate { get; init; }
}
