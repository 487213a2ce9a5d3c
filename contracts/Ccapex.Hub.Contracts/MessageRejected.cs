namespace Ccapex.Hub.Contracts;

/// <summary>
/// The hub refused a message and changed nothing: a stable code, a readable reason, and the
/// fields at fault or the charter rule that forbids it.
/// </summary>
public sealed record MessageRejected
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    /// <summary>The <c>MessageId</c> of the refused message, when it could be read.</summary>
    public Guid? InReplyTo { get; init; }

    /// <summary>The refused message's type name, e.g. "SubmitCdpNotification".</summary>
    public required string MessageType { get; init; }

    /// <summary>Stable code, e.g. "validation.failed" or "rule.sender_not_allowed".</summary>
    public required string Code { get; init; }

    public required string Reason { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>The charter rule behind a refusal, e.g. "F1", when one applies.</summary>
    public string? Rule { get; init; }
}
