namespace Ccapex.Hub.Batches.DropFolder;

/// <summary>Stable codes of what the drop folder sets aside without reading it.</summary>
public static class DropFolderCodes
{
    /// <summary>A link, a folder, a FIFO, a socket or a device.</summary>
    public const string NotARegularFile = "drop.not_a_regular_file";

    /// <summary>A name the office software does not write (not .csv).</summary>
    public const string UnexpectedName = "drop.unexpected_name";

    public const string TooLarge = "drop.too_large";
}
