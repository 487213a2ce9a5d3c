namespace Ccapex.Hub.Batches.DropFolder;

/// <summary>The CDP drop folder: files arrive in incoming/, and leave for done/ or failed/ with their reports.</summary>
public sealed class CdpDropFolderOptions
{
    /// <summary>The folder holding incoming/, done/ and failed/: by default &lt;data dir&gt;/drop/cdp.</summary>
    public string Root { get; set; } = string.Empty;

    /// <summary>How often incoming/ is listed even when no file event came (events are lost on network shares and overflows).</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a file's size and modification time must stay the same before it is taken, for senders that write
    /// in place. Writing to a hidden or .tmp/.part name and renaming into place is better: such names are never taken.
    /// </summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The largest batch file read (20 MiB: about 80,000 lines); a larger one is set aside unopened.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    public string Incoming => Path.Combine(Root, "incoming");

    public string Done => Path.Combine(Root, "done");

    public string Failed => Path.Combine(Root, "failed");

    /// <summary>The usual root under a data directory.</summary>
    public static string RootUnder(string dataDirectory) => Path.Combine(dataDirectory, "drop", "cdp");
}
