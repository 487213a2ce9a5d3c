using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal;

/// <summary>
/// Appends journal rows in the transaction it is handed, the one of the change they record: they commit with it or
/// not at all. The row is not in the chain yet; the sealer links it (<see cref="JournalSealer"/>).
/// </summary>
public static class JournalWriter
{
    private const string Insert = """
        INSERT INTO journal (record_key, kind, recorded_at, edge, partner, message_type, flow, dossier_id, message_id, body_sha256, outcome, view, handed_at, confirmed_at)
        VALUES (@key, @kind, @now, @edge, @partner, @type, @flow, @dossier, @message, @sha, @outcome, @view, @handed, @confirmed)
        ON CONFLICT (record_key) DO NOTHING
        """;

    /// <summary>Appends <paramref name="record"/>; false when a row with its key exists already (nothing written).</summary>
    public static async Task<bool> AppendAsync(StoreTransaction transaction, JournalRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(record);
        return await transaction.ExecuteAsync(Insert, cancellationToken,
            ("@key", record.Key), ("@kind", record.Kind), ("@now", transaction.Now), ("@edge", record.Edge), ("@partner", record.Partner),
            ("@type", record.MessageType), ("@flow", record.Flow), ("@dossier", record.DossierId), ("@message", record.MessageId),
            ("@sha", record.BodySha256), ("@outcome", record.Outcome), ("@view", record.View), ("@handed", record.HandedAt),
            ("@confirmed", record.ConfirmedAt)).ConfigureAwait(false) == 1;
    }

    /// <summary>SHA-256 of <paramref name="bytes"/> as the journal keeps it (lowercase hex).</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    /// <summary>SHA-256 of a text's UTF-8 bytes.</summary>
    public static string Sha256(string text) => Sha256(System.Text.Encoding.UTF8.GetBytes(text ?? string.Empty));
}
