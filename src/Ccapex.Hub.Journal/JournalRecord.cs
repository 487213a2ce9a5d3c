namespace Ccapex.Hub.Journal;

/// <summary>
/// One row to append to the journal. <see cref="Key"/> names what it records once ("in:SENDER:delivery",
/// "out:message id"...): a second append of the same key (a redelivery) adds nothing.
/// </summary>
public sealed record JournalRecord
{
    public required string Key { get; init; }

    /// <summary>One of <see cref="JournalKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Where it came in (the partner's exchange, the hub's intake) or went out (the destination queue).</summary>
    public string? Edge { get; init; }

    /// <summary>The authenticated sender of a message in; the recipient of a message out.</summary>
    public string? Partner { get; init; }

    public string? MessageType { get; init; }

    public string? Flow { get; init; }

    public Guid? DossierId { get; init; }

    public Guid? MessageId { get; init; }

    /// <summary>SHA-256 of the bytes received, or of the bytes handed to the broker, lowercase hex.</summary>
    public string? BodySha256 { get; init; }

    /// <summary>For a message in: accepted, accepted.duplicate, or the refusal's stable code.</summary>
    public string? Outcome { get; init; }

    /// <summary>For a message out: which view of the charter rules shaped its body.</summary>
    public string? View { get; init; }

    public DateTimeOffset? HandedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }
}
