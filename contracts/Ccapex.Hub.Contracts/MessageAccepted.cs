namespace Ccapex.Hub.Contracts;

/// <summary>The hub's receipt for any partner message other than a CDP notification.</summary>
public sealed record MessageAccepted
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required Guid InReplyTo { get; init; }

    /// <summary>The charter flow the message was accepted under, e.g. "F6".</summary>
    public required string Flow { get; init; }

    public required Guid DossierId { get; init; }

    public required bool Duplicate { get; init; }
}
