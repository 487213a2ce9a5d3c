using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>What a batch file holds: its lines, each valid or not on its own, or the file-level faults that refuse it whole.</summary>
public sealed record CdpCsvBatch
{
    /// <summary>The encoding the file was read in: utf-8, utf-16 or windows-1252.</summary>
    public required string Encoding { get; init; }

    /// <summary>
    /// Faults of the file itself (too large, not text, a column missing or unknown, too many lines). When there is
    /// one, <see cref="Lines"/> is empty: no line of the file may be sent.
    /// </summary>
    public IReadOnlyList<FieldError> FileErrors { get; init; } = [];

    public IReadOnlyList<CdpCsvLine> Lines { get; init; } = [];

    public static CdpCsvBatch Refused(string encoding, params FieldError[] errors) => new() { Encoding = encoding, FileErrors = errors };
}
