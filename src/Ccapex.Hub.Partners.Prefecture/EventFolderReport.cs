namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>What became of one event file, written beside it in done/ or failed/ as &lt;name&gt;.report.json.</summary>
public sealed record EventFolderReport
{
    public const string DoneStatus = "done";
    public const string FailedStatus = "failed";

    public const string LineIsolationNote =
        "Each line stands alone: lines with status sent went to the hub even when other lines were refused. "
        + "Correct the refused lines and drop them in a new file; a line sent twice is harmless only in the same file (same content, same ids).";

    public required string File { get; init; }

    public required string MovedTo { get; init; }

    /// <summary><see cref="DoneStatus"/> when every line was sent, else <see cref="FailedStatus"/>.</summary>
    public required string Status { get; init; }

    public required DateTimeOffset ProcessedAt { get; init; }

    public int Lines { get; init; }

    public int Sent { get; init; }

    public int Refused { get; init; }

    public string Note { get; init; } = LineIsolationNote;

    public IReadOnlyList<EventLineOutcome> Results { get; init; } = [];
}
