namespace Ccapex.Hub.Journal;

/// <summary>
/// What <c>./hub audit verify</c> found: the rows and checkpoints checked, the rows not chained yet, the chained rows
/// no checkpoint signs yet, and, when it failed, a stable code, the first position that fails (and the row's id when
/// there is a row there) and a readable message.
/// </summary>
public sealed record JournalVerification
{
    public bool Ok => Code is null;

    public string? Code { get; init; }

    public string? Message { get; init; }

    public long? FailedPosition { get; init; }

    public long? FailedRowId { get; init; }

    public long RowsChecked { get; init; }

    public long CheckpointsChecked { get; init; }

    /// <summary>Rows written but not chained yet (the sealer runs every second): nothing proves them yet.</summary>
    public long Unsealed { get; init; }

    /// <summary>Chained rows after the last checkpoint: their removal could not be told from a journal that ends there.</summary>
    public long UnsignedTail { get; init; }

    public TimeSpan Elapsed { get; init; }
}
