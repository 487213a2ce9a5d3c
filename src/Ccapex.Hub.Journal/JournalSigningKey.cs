using System.Security.Cryptography;

namespace Ccapex.Hub.Journal;

/// <summary>
/// The key that signs the journal's checkpoints: ECDSA P-256, in a PEM file (PKCS#8) outside the store, readable by the
/// hub's account only (0600 in a 0700 folder). Created on first use; an existing file must be owner-only, or the hub
/// refuses it (<see cref="JournalKeyException"/>): a key others can read proves nothing. Verifying needs the same
/// file (or only its public half, <see cref="PublicKeyPem"/>).
/// </summary>
public sealed class JournalSigningKey : IDisposable
{
    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly ECDsa _key;

    private JournalSigningKey(ECDsa key, string path)
    {
        _key = key;
        Path = path;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16];
    }

    public string Path { get; }

    /// <summary>The first 16 hex digits of the SHA-256 of the public key: written with each checkpoint.</summary>
    public string KeyId { get; }

    public string PublicKeyPem => _key.ExportSubjectPublicKeyInfoPem();

    /// <summary>The key in <paramref name="path"/>, created there (with its folder) when missing.</summary>
    /// <exception cref="JournalKeyException">The file is readable by others, or holds no P-256 key.</exception>
    public static JournalSigningKey OpenOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Create(full);
        }

        return Open(full);
    }

    /// <summary>The key in <paramref name="path"/>, which must exist (verification never creates one).</summary>
    public static JournalSigningKey Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new JournalKeyException(JournalKeyException.Missing, $"No journal signing key at {full}.");
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(full) & ~FileMode) != 0)
        {
            throw new JournalKeyException(JournalKeyException.NotPrivate,
                $"The journal signing key {full} is readable by other accounts ({File.GetUnixFileMode(full)}): chmod 600 it, or make a new one.");
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(full));
            if (key.KeySize != 256)
            {
                throw new JournalKeyException(JournalKeyException.Unreadable, $"The journal signing key {full} is not a P-256 key.");
            }

            return new JournalSigningKey(key, full);
        }
        catch (ArgumentException unreadable)
        {
            key.Dispose();
            throw new JournalKeyException(JournalKeyException.Unreadable, $"The journal signing key {full} is not a PEM EC private key: {unreadable.Message}");
        }
        catch (CryptographicException unreadable)
        {
            key.Dispose();
            throw new JournalKeyException(JournalKeyException.Unreadable, $"The journal signing key {full} cannot be read: {unreadable.Message}");
        }
    }

    public byte[] Sign(ReadOnlySpan<byte> data) => _key.SignData(data, HashAlgorithmName.SHA256);

    public bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => _key.VerifyData(data, signature, HashAlgorithmName.SHA256);

    public void Dispose() => _key.Dispose();

    private static void Create(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, FolderMode);
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        try
        {
            using var file = new StreamWriter(new FileStream(path, options));
            file.Write(key.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance created it first: use that one.
        }
    }
}
