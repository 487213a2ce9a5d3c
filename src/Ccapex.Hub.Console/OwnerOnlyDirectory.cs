namespace Ccapex.Hub.Console;

/// <summary>Folders holding personal data or keys are made readable by their owner only (0700), as the hub makes its data folder.</summary>
public static class OwnerOnlyDirectory
{
    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
