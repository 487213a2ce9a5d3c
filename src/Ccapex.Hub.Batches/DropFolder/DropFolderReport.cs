using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.DropFolder;

/// <summary>What became of one dropped file, written beside it as &lt;name&gt;.report.json (and a short .report.txt).</summary>
public sealed record DropFolderReport
{
    public const string DoneStatus = "done";
    public const string FailedStatus = "failed";

    /// <summary>
    /// Per-line all-or-nothing, said in every report so that nobody resends a whole failed file expecting nothing
    /// of it to have gone through.
    /// </summary>
    public const string LineIsolationNote =
        "Each line stands alone: the lines with status queued were sent to the hub even when other lines of the file were refused. "
        + "Correct the refused lines and send them again; sending a line that was already sent is harmless, the hub recognises its act reference.";

    /// <summary>The file's name as dropped in incoming/.</summary>
    public required string File { get; init; }

    /// <summary>Where the file now is, relative to the drop folder, e.g. "failed/lot-0114.csv".</summary>
    public required string MovedTo { get; init; }

    /// <summary><see cref="DoneStatus"/> when every line was sent, else <see cref="FailedStatus"/>.</summary>
    public required string Status { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }

    public required string Encoding { get; init; }

    public int Lines { get; init; }

    public int Sent { get; init; }

    public int Refused { get; init; }

    public string Note { get; init; } = LineIsolationNote;

    /// <summary>Faults of the file itself; when there is one, no line was sent.</summary>
    public IReadOnlyList<FieldError> FileErrors { get; init; } = [];

    public IReadOnlyList<CdpLineOutcome> Results { get; init; } = [];
}
