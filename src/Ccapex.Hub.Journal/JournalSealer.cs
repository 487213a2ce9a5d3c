using System.Globalization;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal;

/// <summary>
/// The chain's single point of order. Writers only append rows (any number at once, in their own transactions); a
/// sealing round takes the rows not in the chain yet, in id order, gives each the next position and its hash after
/// the chain's head, and signs a checkpoint when enough rows or time passed since the last one, all in one
/// transaction of the store. On PostgreSQL several hub instances may run a sealer: a transaction-scoped advisory lock
/// lets one round run at a time (the others skip theirs), so positions stay dense and each hash follows the head it read.
/// A row committed late with a lower id than rows already sealed is simply sealed in a later round.
/// </summary>
public static class JournalSealer
{
    // Any constant distinct from the schema's lock: "CCJRNL".
    private const long SealLockKey = 0x43_43_4A_52_4E_4C;

    private static readonly string[] Link = ["id", "p", "h"];

    /// <summary>Chains what is waiting (at most a batch) and signs a checkpoint when due (<paramref name="forceCheckpoint"/>: whenever rows are unsigned).</summary>
    public static async Task<JournalSealRound> SealAsync(HubStore store, JournalSigningKey key, JournalOptions options, bool forceCheckpoint = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(options);
        var round = JournalSealRound.Skipped;
        await store.WriteAsync(async transaction => round = await SealInAsync(transaction, key, options, forceCheckpoint, cancellationToken).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return round;
    }

    private static async Task<JournalSealRound> SealInAsync(StoreTransaction transaction, JournalSigningKey key, JournalOptions options, bool forceCheckpoint,
        CancellationToken cancellationToken)
    {
        if (transaction.Provider == StoreProvider.Postgres
            && await transaction.ScalarAsync("SELECT pg_try_advisory_xact_lock(@key)", cancellationToken, ("@key", SealLockKey)).ConfigureAwait(false) is not true)
        {
            return JournalSealRound.Skipped;
        }

        var head = (await transaction.ReadAsync("SELECT position, chain_hash FROM journal WHERE position IS NOT NULL ORDER BY position DESC LIMIT 1",
            r => (Position: r.GetInt64(0), Hash: r.GetString(1)), cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var position = head.Hash is null ? 0 : head.Position;
        var previous = head.Hash is null ? JournalChain.Genesis : JournalChain.FromHex(head.Hash);
        var rows = await transaction.ReadAsync($"SELECT {JournalRows.Columns} FROM journal WHERE position IS NULL ORDER BY id LIMIT @limit",
            JournalRows.Read, cancellationToken, ("@limit", options.SealBatchSize)).ConfigureAwait(false);

        List<(long Id, long Position, string Hash)> links = new(rows.Count);
        foreach (var row in rows)
        {
            position++;
            previous = JournalChain.Hash(previous, position, row);
            links.Add((row.Id, position, JournalChain.ToHex(previous)));
        }

        foreach (var chunk in links.Chunk(300))
        {
            await LinkAsync(transaction, chunk, cancellationToken).ConfigureAwait(false);
        }

        var checkpoint = await CheckpointIfDueAsync(transaction, key, options, position, JournalChain.ToHex(previous), forceCheckpoint, cancellationToken)
            .ConfigureAwait(false);
        return new JournalSealRound(true, rows.Count, position, checkpoint);
    }

    private static async Task<int> LinkAsync(StoreTransaction transaction, (long Id, long Position, string Hash)[] links, CancellationToken cancellationToken)
    {
        var provider = transaction.Provider;
        if (provider == StoreProvider.Sqlite)
        {
            // SQLite joins UPDATE ... FROM (VALUES ...) by scanning the table for each value row: one primary-key update
            // per row instead (in-process statements, microseconds each).
            var changed = 0;
            foreach (var (id, position, hash) in links)
            {
                changed += await transaction.ExecuteAsync("UPDATE journal SET position = @p, chain_hash = @h WHERE id = @id AND position IS NULL",
                    cancellationToken, ("@p", position), ("@h", hash), ("@id", id)).ConfigureAwait(false);
            }

            return changed;
        }

        var sql = $"""
            UPDATE journal SET position = {JournalValues.Column(provider, Link, "p")}, chain_hash = {JournalValues.Column(provider, Link, "h")}
            FROM {JournalValues.Table(provider, links.Length, Link, "l")}
            WHERE journal.id = {JournalValues.Column(provider, Link, "id")} AND journal.position IS NULL
            """;
        var parameters = new (string, object?)[links.Length * 3];
        for (var i = 0; i < links.Length; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            parameters[3 * i] = ("@lid" + n, links[i].Id);
            parameters[(3 * i) + 1] = ("@lp" + n, links[i].Position);
            parameters[(3 * i) + 2] = ("@lh" + n, links[i].Hash);
        }

        return await transaction.ExecuteAsync(sql, cancellationToken, parameters).ConfigureAwait(false);
    }

    private static async Task<JournalCheckpoint?> CheckpointIfDueAsync(StoreTransaction transaction, JournalSigningKey key, JournalOptions options, long position,
        string lastHash, bool force, CancellationToken cancellationToken)
    {
        var last = (await transaction.ReadAsync("SELECT position, signed_at FROM journal_checkpoint ORDER BY position DESC LIMIT 1",
            r => (Position: r.GetInt64(0), SignedAt: JournalRows.Instant(r.GetValue(1))), cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var unsigned = position - last.Position;
        var lastAt = last.Position == 0 ? DateTimeOffset.MinValue : last.SignedAt;
        if (unsigned <= 0 || (!force && unsigned < options.CheckpointEvery && transaction.Now - lastAt < options.CheckpointInterval))
        {
            return null;
        }

        // Whole milliseconds: what both databases give back exactly, so the signed bytes can be rebuilt from the row.
        var signedAt = new DateTimeOffset(transaction.Now.UtcTicks - (transaction.Now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var signature = Convert.ToBase64String(key.Sign(JournalCheckpoint.SignedBytes(position, position, lastHash, signedAt)));
        await transaction.ExecuteAsync(
            "INSERT INTO journal_checkpoint (position, row_count, last_hash, signed_at, key_id, signature) VALUES (@position, @count, @hash, @at, @key, @signature)",
            cancellationToken, ("@position", position), ("@count", position), ("@hash", lastHash), ("@at", signedAt), ("@key", key.KeyId), ("@signature", signature))
            .ConfigureAwait(false);
        return new JournalCheckpoint(position, position, lastHash, signedAt, key.KeyId, signature);
    }
}
