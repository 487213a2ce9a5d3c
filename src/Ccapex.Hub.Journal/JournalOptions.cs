namespace Ccapex.Hub.Journal;

/// <summary>The delivery journal's settings (section <c>Hub:Journal</c>).</summary>
public sealed class JournalOptions
{
    public const string Section = "Hub:Journal";

    /// <summary>The default key file's name, in the data folder's parent unless <see cref="SigningKeyFile"/> says where.</summary>
    public const string DefaultKeyFileName = "journal-signing-key.pem";

    /// <summary>On by default; off only to measure what it costs (<c>./hub bench</c>): nothing is recorded then.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The checkpoints' signing key (ECDSA P-256, PEM, 0600), outside the store; created on first use.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>How often the sealer looks for rows to chain (it is also woken by nothing: it polls).</summary>
    public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many rows chained per sealing transaction.</summary>
    public int SealBatchSize { get; set; } = 5000;

    /// <summary>A checkpoint once this many rows were chained since the last one; the verifier allows fewer unsigned rows.</summary>
    public int CheckpointEvery { get; set; } = 1000;

    /// <summary>A checkpoint at least this often while rows were chained since the last one.</summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The key file these options mean: the configured one, or <c>journal-signing-key.pem</c> beside the data folder.</summary>
    public string KeyFileFor(string dataDirectory) =>
        !string.IsNullOrWhiteSpace(SigningKeyFile)
            ? Path.GetFullPath(SigningKeyFile)
            : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", DefaultKeyFileName);
}
