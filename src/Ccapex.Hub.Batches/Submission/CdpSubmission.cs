using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>A notification the broker confirmed, and the hub's receipt when it came within the wait.</summary>
public sealed record CdpSubmission
{
    public required Guid MessageId { get; init; }

    /// <summary>The hub opened or found the dossier.</summary>
    public CdpNotificationAccepted? Receipt { get; init; }

    /// <summary>The hub refused the notification and changed nothing.</summary>
    public MessageRejected? Rejection { get; init; }

    /// <summary>Confirmed by the broker; the receipt goes to the sender's own queue later.</summary>
    public static CdpSubmission Queued(Guid messageId) => new() { MessageId = messageId };
}
