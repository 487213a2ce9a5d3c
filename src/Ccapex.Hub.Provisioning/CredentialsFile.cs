using System.Security.Cryptography;
using System.Text.Json;

namespace Ccapex.Hub.Provisioning;

/// <summary>
/// Partner passwords, by broker user name, in a JSON file only its owner may read (mode 0600, folder 0700).
/// Written whole to a temporary file then renamed, so a crash leaves the old file or the new one, never half.
/// </summary>
public sealed class CredentialsFile(string path)
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Path { get; } = path;

    public Dictionary<string, string> Load()
    {
        if (!File.Exists(Path))
        {
            return new(StringComparer.Ordinal);
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path), Json) is { } read
                ? new(read, StringComparer.Ordinal)
                : new(StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            throw new ProvisioningException(ProvisioningErrorCodes.CredentialsUnreadable,
                $"{Path} is not a JSON object of user names and passwords (line {e.LineNumber + 1}); fix or remove it, then provision again.", e);
        }
    }

    public void Save(IReadOnlyDictionary<string, string> passwords)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
        // The hub runs on Linux; elsewhere (a developer's Windows box) the file gets the folder's ACL.
        var unix = !OperatingSystem.IsWindows();
        if (!Directory.Exists(folder))
        {
            _ = unix ? Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute) : Directory.CreateDirectory(folder);
        }

        var temporary = Path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (unix)
        {
            options.UnixCreateMode = Private;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, passwords.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(), Json);
        }

        if (unix)
        {
            // UnixCreateMode applies only to a new file: a leftover temporary file keeps its mode otherwise.
            File.SetUnixFileMode(temporary, Private);
        }

        File.Move(temporary, Path, overwrite: true);
    }

    /// <summary>32 random bytes from the OS's cryptographic generator, as URL-safe base64 (no character a URI must escape).</summary>
    public static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
