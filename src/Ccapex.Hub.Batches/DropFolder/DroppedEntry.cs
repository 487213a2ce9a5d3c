using System.Runtime.InteropServices;

namespace Ccapex.Hub.Batches.DropFolder;

/// <summary>
/// What kind of entry a name in incoming/ is, asked of the file system without following links or opening it:
/// whoever can write to the drop folder could leave a link to a file the hub may read (the store, a key) or a FIFO
/// whose opening would block the watcher for ever. Only a regular file is ever opened.
/// </summary>
internal static partial class DroppedEntry
{
    private const int FileTypeMask = 0xF000; // S_IFMT
    private const int RegularFile = 0x8000; // S_IFREG

    public static bool IsRegularFile(FileSystemInfo entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || entry.Attributes.HasFlag(FileAttributes.Directory))
        {
            return false;
        }

        // .NET reports a FIFO, a socket or a device as an ordinary file: ask lstat(2) for the type on Linux.
        return !OperatingSystem.IsLinux() || Mode(entry.FullName) is { } mode && (mode & FileTypeMask) == RegularFile;
    }

    /// <summary>st_mode from lstat(2); its offset in struct stat is 24 on x86-64 and 16 on arm64 (glibc, Linux).</summary>
    private static int? Mode(string path)
    {
        var offset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0)
        {
            return null;
        }

        var buffer = new byte[256];
        return LStat(path, buffer) == 0 ? BitConverter.ToInt32(buffer, offset) : null;
    }

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LStat(string path, byte[] buffer);
}
