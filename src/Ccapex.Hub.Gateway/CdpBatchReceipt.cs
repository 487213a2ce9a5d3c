using Ccapex.Hub.Batches.Submission;

namespace Ccapex.Hub.Gateway;

/// <summary>The answer to a batch: how many notifications ended how, and the outcome of each, in the batch's order.</summary>
public sealed record CdpBatchReceipt
{
    public int Accepted { get; init; }

    public int Queued { get; init; }

    public int Rejected { get; init; }

    public int Invalid { get; init; }

    public int Unsent { get; init; }

    public required IReadOnlyList<CdpLineOutcome> Results { get; init; }

    public static CdpBatchReceipt From(IReadOnlyList<CdpLineOutcome> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new()
        {
            Accepted = results.Count(r => r.Status == CdpLineStatus.Accepted),
            Queued = results.Count(r => r.Status == CdpLineStatus.Queued),
            Rejected = results.Count(r => r.Status == CdpLineStatus.Rejected),
            Invalid = results.Count(r => r.Status == CdpLineStatus.Invalid),
            Unsent = results.Count(r => r.Status == CdpLineStatus.Unsent),
            Results = results,
        };
    }
}
