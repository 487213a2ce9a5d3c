using System.Diagnostics;
using System.Globalization;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal;

/// <summary>
/// Checks the journal: every position from 1 up is present once, each row's hash is the one its content and the row
/// before give, each checkpoint's row count and last hash are the chain's at its position and its signature is the
/// key's, no checkpoint names rows the chain no longer has, and no more chained rows follow the last checkpoint than
/// the sealer ever leaves unsigned. Stops at the first failure, naming its position (and row).
/// </summary>
public static class JournalVerifier
{
    public const string RowMissing = "journal.row_missing";
    public const string HashMismatch = "journal.hash_mismatch";
    public const string CheckpointMismatch = "journal.checkpoint_mismatch";
    public const string SignatureInvalid = "journal.signature_invalid";
    public const string UnknownKey = "journal.unknown_key";
    public const string Truncated = "journal.truncated";
    public const string UnsignedTail = "journal.unsigned_tail";

    private const int Page = 20_000;

    /// <param name="checkpointEvery">The sealer's setting: more unsigned chained rows than this means checkpoints were removed.</param>
    public static Task<JournalVerification> VerifyAsync(HubStore store, JournalSigningKey key, int checkpointEvery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        return store.ReadAsync(transaction => VerifyInAsync(transaction, key, checkpointEvery, cancellationToken), cancellationToken);
    }

    private static async Task<JournalVerification> VerifyInAsync(StoreTransaction transaction, JournalSigningKey key, int checkpointEvery,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();

        // Checkpoints first: each commits with the rows it covers, so every one read now covers rows already there.
        var checkpoints = await ReadCheckpointsAsync(transaction, cancellationToken).ConfigureAwait(false);
        var next = 0;
        var expected = 1L;
        var previous = JournalChain.Genesis;
        var lastSigned = 0L;
        JournalVerification Fail(string code, long position, long? rowId, string message) =>
            new() { Code = code, FailedPosition = position, FailedRowId = rowId, Message = message, RowsChecked = expected - 1, CheckpointsChecked = next, Elapsed = watch.Elapsed };

        while (true)
        {
            var rows = await transaction.ReadAsync(
                $"SELECT {JournalRows.Columns} FROM journal WHERE position IS NOT NULL AND position >= @from ORDER BY position LIMIT @limit",
                JournalRows.Read, cancellationToken, ("@from", expected), ("@limit", Page)).ConfigureAwait(false);
            foreach (var row in rows)
            {
                if (next < checkpoints.Count && checkpoints[next].Position < expected)
                {
                    return Fail(CheckpointMismatch, lastSigned + 1, null, Invariant($"the checkpoint at position {checkpoints[next].Position} names no row of the chain."));
                }

                if (row.Position != expected)
                {
                    return Fail(RowMissing, expected, null, Invariant(
                        $"position {expected} is missing: the chain goes on at position {row.Position} (row {row.Id}); a row was deleted or moved."));
                }

                var hash = JournalChain.Hash(previous, expected, row);
                var hex = JournalChain.ToHex(hash);
                if (!string.Equals(hex, row.ChainHash, StringComparison.Ordinal))
                {
                    return Fail(HashMismatch, expected, row.Id, Invariant(
                        $"row {row.Id} at position {expected} ({row.Kind} {row.Key}) does not match its hash: the row, or one before it since the last valid checkpoint, was edited, inserted or moved."));
                }

                for (; next < checkpoints.Count && checkpoints[next].Position == expected; next++)
                {
                    if (Check(checkpoints[next], hex, key, lastSigned) is { } failure)
                    {
                        return Fail(failure.Code, lastSigned + 1, null, failure.Message);
                    }

                    lastSigned = expected;
                }

                previous = hash;
                expected++;
            }

            if (rows.Count < Page)
            {
                break;
            }
        }

        var last = expected - 1;
        if (next < checkpoints.Count)
        {
            var cut = checkpoints[next];
            return Fail(Truncated, last + 1, null, Invariant(
                $"the chain ends at position {last}, but the checkpoint signed at {cut.SignedAt:O} covers {cut.RowCount} rows: rows {last + 1} to {cut.Position} were removed."));
        }

        var unsigned = last - lastSigned;
        var unsealed = Convert.ToInt64(await transaction.ScalarAsync("SELECT COUNT(*) FROM journal WHERE position IS NULL", cancellationToken).ConfigureAwait(false),
            CultureInfo.InvariantCulture);
        if (unsigned >= checkpointEvery && !await CheckpointedSinceAsync(transaction, lastSigned, cancellationToken).ConfigureAwait(false))
        {
            return Fail(UnsignedTail, lastSigned + 1, null, Invariant(
                $"{unsigned} chained rows follow the last checkpoint (position {lastSigned}) but the sealer signs every {checkpointEvery}: positions {lastSigned + 1} to {last} are not proven (checkpoints were removed, or the chain was rebuilt without the key)."));
        }

        return new JournalVerification
        {
            RowsChecked = last,
            CheckpointsChecked = next,
            Unsealed = unsealed,
            UnsignedTail = unsigned,
            Elapsed = watch.Elapsed,
        };
    }

    private static (string Code, string Message)? Check(JournalCheckpoint checkpoint, string hash, JournalSigningKey key, long lastSigned)
    {
        var range = Invariant($"positions {lastSigned + 1} to {checkpoint.Position} are not proven");
        if (checkpoint.RowCount != checkpoint.Position || !string.Equals(checkpoint.LastHash, hash, StringComparison.Ordinal))
        {
            return (CheckpointMismatch, Invariant($"the checkpoint at position {checkpoint.Position} does not match the chain: {range} (a row among them was changed and the chain rebuilt)."));
        }

        if (!string.Equals(checkpoint.KeyId, key.KeyId, StringComparison.Ordinal))
        {
            return (UnknownKey, Invariant($"the checkpoint at position {checkpoint.Position} was signed by key {checkpoint.KeyId}, not by this key ({key.KeyId}): {range}."));
        }

        byte[] signature;
        try
        {
            signature = Convert.FromBase64String(checkpoint.Signature);
        }
        catch (FormatException)
        {
            signature = [];
        }

        return key.Verify(checkpoint.SignedBytes(), signature)
            ? null
            : (SignatureInvalid, Invariant($"the checkpoint at position {checkpoint.Position} has an invalid signature: {range} (the chain was rewritten without the key)."));
    }

    private static Task<List<JournalCheckpoint>> ReadCheckpointsAsync(StoreTransaction transaction, CancellationToken cancellationToken) =>
        transaction.ReadAsync("SELECT position, row_count, last_hash, signed_at, key_id, signature FROM journal_checkpoint ORDER BY position",
            r => new JournalCheckpoint(r.GetInt64(0), r.GetInt64(1), r.GetString(2), JournalRows.Instant(r.GetValue(3)), r.GetString(4), r.GetString(5)),
            cancellationToken);

    // A sealer running meanwhile may have chained and signed rows after this verification read the checkpoints.
    private static async Task<bool> CheckpointedSinceAsync(StoreTransaction transaction, long lastSigned, CancellationToken cancellationToken) =>
        Convert.ToInt64(await transaction.ScalarAsync("SELECT COUNT(*) FROM journal_checkpoint WHERE position > @last", cancellationToken, ("@last", lastSigned))
            .ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
