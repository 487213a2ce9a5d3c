using System.Data.Common;

namespace Ccapex.Hub.Persistence;

/// <summary>Writes outbox rows inside a transaction the caller owns (a saga's).</summary>
internal static class OutboxWriter
{
    /// <summary>
    /// Cancellations first, then inserts: a saga that cancels a reminder and schedules its
    /// replacement under the same key in one step keeps the replacement.
    /// </summary>
    /// <exception cref="OutboxDestinationRefusedException">An entry's destination is not one of <paramref name="destinations"/>: nothing is written.</exception>
    public static async Task WriteAsync(HubStore store, DbConnection connection, DbTransaction transaction,
        OutboxBatch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var entry in batch.Entries)
        {
            store.Destinations.Check(entry.Destination);
        }

        foreach (var key in batch.Cancellations)
        {
            await CancelAsync(store.Dialect, connection, transaction, key, cancellationToken).ConfigureAwait(false);
        }

        var journal = store.OutboxJournal;
        var handed = journal is null ? null : new StoreTransaction(store.Dialect, connection, transaction, now);
        foreach (var entry in batch.Entries)
        {
            var envelope = OutboxEnvelope.Write(entry, store.BusAddress, now);
            // Recorded only when inserted: a replayed entry (same message id) is already in the journal, or never was sent.
            if (await InsertAsync(store.Dialect, connection, transaction, entry, envelope, now, cancellationToken).ConfigureAwait(false)
                && journal is not null)
            {
                await journal.QueuedAsync(handed!, entry, envelope, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Inserts one row. A row with the same message id is left as it is (a replay of the same
    /// cause produces the same id), so the insert returns false instead of failing. The row keeps what the relay sends
    /// (envelope, content type, headers) and, as before, the message type and body: a hub rolled back to a build that
    /// predates the envelope still sends the row.
    /// </summary>
    private static async Task<bool> InsertAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, OutboxEntry entry,
        string envelope, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO outbox (message_id, destination, message_type, body, envelope, content_type, headers, due_at, correlation_id, request_id, cancel_key, created_at)
            VALUES (@message_id, @destination, @message_type, @body, @envelope, @content_type, @headers, @due_at, @correlation_id, @request_id, @cancel_key, @created_at)
            ON CONFLICT (message_id) DO NOTHING
            """;
        var inserted = await dialect.ExecuteAsync(connection, transaction, sql, cancellationToken,
            ("@message_id", entry.MessageId),
            ("@destination", entry.Destination),
            ("@message_type", entry.MessageType.FullName),
            ("@body", entry.Body),
            ("@envelope", envelope),
            ("@content_type", OutboxEnvelope.ContentType),
            ("@headers", OutboxEnvelope.Headers(entry)),
            ("@due_at", entry.DueAt),
            ("@correlation_id", entry.CorrelationId),
            ("@request_id", entry.RequestId),
            ("@cancel_key", entry.CancelKey),
            ("@created_at", now)).ConfigureAwait(false);
        return inserted == 1;
    }

    /// <summary>Removes the rows with this cancel key that are not sent yet; a sent row stays as the trace of its delivery.</summary>
    private static Task<int> CancelAsync(SqlDialect dialect, DbConnection connection, DbTransaction transaction, string cancelKey,
        CancellationToken cancellationToken) =>
        dialect.ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE cancel_key = @cancel_key AND sent_at IS NULL",
            cancellationToken, ("@cancel_key", cancelKey));
}
