namespace Ccapex.Hub.Persistence;

/// <summary>
/// Folders and files that hold households' personal data (the data folder, the SQLite store) are created readable
/// by the hub's own account only (0700 and 0600 on Unix); an existing one keeps the mode its operator gave it.
/// </summary>
public static class OwnerOnly
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, Folder);
        }
    }

    /// <summary>An empty file, unless it exists: SQLite then opens it, and makes its -wal and -shm files with its mode.</summary>
    public static void CreateFile(string path)
    {
        if (System.IO.File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = File;
        }

        try
        {
            using var created = new FileStream(path, options);
        }
        catch (IOException) when (System.IO.File.Exists(path))
        {
            // Another instance created it first.
        }
    }
}
