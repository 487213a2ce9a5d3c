namespace Ccapex.Hub.Gateway;

/// <summary>
/// The 202 answer to a message: "accepted" with the hub's receipt when it came within the gateway's wait, else
/// "queued" (the broker holds it; the receipt will reach the partner's queue or webhook).
/// </summary>
public sealed record MessageReceipt
{
    public const string Accepted = "accepted";
    public const string Queued = "queued";

    public required string Status { get; init; }

    public required Guid MessageId { get; init; }

    public Guid? DossierId { get; init; }

    /// <summary>The charter flow the hub accepted the message under, e.g. "F14".</summary>
    public string? Flow { get; init; }

    /// <summary>The hub already had this message id: nothing changed.</summary>
    public bool? Duplicate { get; init; }
}
