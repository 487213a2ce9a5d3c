using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>One data line of a batch file: the notification it makes, or why it makes none.</summary>
public sealed record CdpCsvLine
{
    /// <summary>The physical line the record starts on; the header is line 1.</summary>
    public required int LineNumber { get; init; }

    /// <summary>The act reference as written, when the line has one: it is how the sender finds the line again.</summary>
    public string? ActReference { get; init; }

    /// <summary>The notification, when the line has no error.</summary>
    public SubmitCdpNotification? Message { get; init; }

    /// <summary>Every fault of the line; <see cref="FieldError.Field"/> is the column's canonical header.</summary>
    public IReadOnlyList<FieldError> Errors { get; init; } = [];
}
