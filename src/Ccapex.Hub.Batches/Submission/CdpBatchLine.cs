using Ccapex.Hub.Batches.Csv;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>One notification of a batch before it is sent: the message, or the faults that keep it from being sent.</summary>
public sealed record CdpBatchLine
{
    public int? Line { get; init; }

    public int? Index { get; init; }

    public string? ActReference { get; init; }

    public SubmitCdpNotification? Message { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public static CdpBatchLine From(CdpCsvLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new() { Line = line.LineNumber, ActReference = line.ActReference, Message = line.Message, Errors = line.Errors };
    }
}
