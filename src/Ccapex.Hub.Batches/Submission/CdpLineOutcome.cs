using System.Text.Json.Serialization;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>
/// The answer for one notification of a batch, as drop-folder reports and the gateway give it: which line, its
/// status (<see cref="CdpLineStatus"/>), its message id once sent, the dossier when the hub answered in time,
/// and every fault when it was refused.
/// </summary>
public sealed record CdpLineOutcome
{
    /// <summary>The CSV line (the header is line 1), for a CSV batch.</summary>
    public int? Line { get; init; }

    /// <summary>The position in the JSON array (from 0), for a JSON batch.</summary>
    public int? Index { get; init; }

    public string? ActReference { get; init; }

    public required string Status { get; init; }

    public Guid? MessageId { get; init; }

    public Guid? DossierId { get; init; }

    /// <summary>False when the CDP is under the legal threshold: recorded, but not a notification the law requires.</summary>
    public bool? NotificationRequired { get; init; }

    /// <summary>The hub already had this act: same dossier, nothing changed.</summary>
    public bool? Duplicate { get; init; }

    /// <summary>The hub's refusal code, or "broker.unavailable" when the message was not confirmed.</summary>
    public string? Code { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>Whether the broker holds it (whatever the hub then said); derived from <see cref="Status"/>, so not written out.</summary>
    [JsonIgnore]
    public bool Sent => Status is CdpLineStatus.Queued or CdpLineStatus.Accepted or CdpLineStatus.Rejected;
}
