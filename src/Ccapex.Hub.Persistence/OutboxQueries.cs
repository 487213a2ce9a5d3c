using System.Data.Common;

namespace Ccapex.Hub.Persistence;

/// <summary>The relay's SQL: read the due rows, mark them sent, put a failed one back, purge old ones.</summary>
internal static class OutboxQueries
{
    /// <summary>
    /// When a row is due: its <c>due_at</c>, or for a row to send at once (due_at null) its creation time.
    /// Written exactly as in the index <c>outbox_due</c> (<see cref="HubSchema"/>), so both databases
    /// range-scan that index and never visit the rows due later (each dossier keeps one for weeks).
    /// </summary>
    public const string DueTime = "COALESCE(due_at, created_at)";

    /// <summary>
    /// Unsent rows due at <paramref name="now"/> (and not waiting for a retry), earliest due first, then in
    /// id order. Inside
    /// <paramref name="claim"/> on PostgreSQL, the rows stay locked and other instances skip them.
    /// </summary>
    public static async Task<List<OutboxRow>> ReadDueAsync(SqlDialect dialect, DbConnection connection, DbTransaction? claim,
        DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var command = dialect.Command(connection, claim,
            $"""
            SELECT id, message_id, destination, message_type, body, correlation_id, request_id, attempts, envelope, content_type, headers
            FROM outbox
            WHERE sent_at IS NULL AND {DueTime} <= @now AND (retry_at IS NULL OR retry_at <= @now)
            ORDER BY {DueTime}, id
            LIMIT @limit{dialect.ClaimClause}
            """,
            ("@now", now), ("@limit", limit));
        await using (command.ConfigureAwait(false))
        {
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                List<OutboxRow> rows = [];
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(new OutboxRow(
                        reader.GetInt64(0),
                        reader.GetGuid(1),
                        reader.GetString(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetGuid(5),
                        reader.IsDBNull(6) ? null : reader.GetGuid(6),
                        reader.GetInt32(7),
                        reader.IsDBNull(8) ? null : reader.GetString(8),
                        reader.IsDBNull(9) ? null : reader.GetString(9),
                        reader.IsDBNull(10) ? null : reader.GetString(10)));
                }

                return rows;
            }
        }
    }

    /// <summary>One statement for the batch (an IN list both databases take), not one round trip per row.</summary>
    public static Task<int> MarkSentAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, IReadOnlyList<long> ids,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var parameters = ids.Select((id, i) => ($"@id{i}", (object?)id)).ToArray();
        return dialect.ExecuteAsync(connection, transaction,
            $"UPDATE outbox SET sent_at = @now WHERE id IN ({string.Join(", ", parameters.Select(p => p.Item1))})", cancellationToken,
            [("@now", now), .. parameters]);
    }

    public static Task<int> PostponeAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long id, DateTimeOffset retryAt,
        string error, CancellationToken cancellationToken) =>
        dialect.ExecuteAsync(connection, transaction,
            "UPDATE outbox SET attempts = attempts + 1, retry_at = @retry_at, last_error = @error WHERE id = @id", cancellationToken,
            ("@retry_at", retryAt), ("@error", error), ("@id", id));

    public static Task<int> PurgeSentAsync(SqlDialect dialect, DbConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        dialect.ExecuteAsync(connection, null, "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < @cutoff",
            cancellationToken, ("@cutoff", cutoff));
}
