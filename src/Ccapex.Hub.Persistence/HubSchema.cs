namespace Ccapex.Hub.Persistence;

/// <summary>
/// The hub's tables. Every statement is idempotent (IF NOT EXISTS), so each instance runs them all
/// at start. A change that cannot be written that way bumps <see cref="Version"/> and adds a step.
/// </summary>
internal static class HubSchema
{
    public const int Version = 1;

    /// <summary>
    /// Columns added after stores were created, added at start where missing. No version step: nullable, and a build
    /// from before ignores them (it still finds message_type and body in every row).
    /// </summary>
    public static IReadOnlyList<(string Table, string Column, string Type)> AddedColumns { get; } =
    [
        ("outbox", "content_type", "TEXT NULL"),
        ("outbox", "headers", "TEXT NULL"),
    ];

    public static IEnumerable<string> Statements(SqlDialect dialect, IEnumerable<HubSagaTable> sagaTables)
    {
        var uuid = dialect.UuidType;
        var instant = dialect.TimestampType;

        yield return $"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at {instant} NOT NULL)";

        // Sent rows stay (sent_at set) until the retention purge: every delivery is traceable.
        // envelope, content_type and headers are what the relay sends (OutboxEnvelope); a row without an envelope was
        // written before rows kept them and is sent from message_type and body. Stores created before get the last two
        // at start (AddedColumns): envelope was there already, left by a message scheduler since removed.
        yield return $"""
            CREATE TABLE IF NOT EXISTS outbox (
                id {dialect.IdentityColumn},
                message_id {uuid} NOT NULL UNIQUE,
                destination TEXT NOT NULL,
                message_type TEXT NOT NULL,
                body TEXT NOT NULL,
                envelope TEXT NULL,
                content_type TEXT NULL,
                headers TEXT NULL,
                due_at {instant} NULL,
                correlation_id {uuid} NULL,
                request_id {uuid} NULL,
                cancel_key TEXT NULL,
                created_at {instant} NOT NULL,
                sent_at {instant} NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                retry_at {instant} NULL,
                last_error TEXT NULL)
            """;
        // No query reads outbox_unsent since the relay reads by due time (outbox_due); keeping it cost an index
        // entry for every outbox row written and one removal for every row sent. Stores that have it lose it at start.
        yield return "DROP INDEX IF EXISTS outbox_unsent";
        // The relay's due-row query: unsent rows by the time they are due (rows to send at once by their
        // creation time), so it reads only the rows due now. Added without a version step: it is
        // idempotent, and an existing store gets it at the next start.
        yield return $"CREATE INDEX IF NOT EXISTS outbox_due ON outbox (({OutboxQueries.DueTime}), id) WHERE sent_at IS NULL";
        yield return "CREATE INDEX IF NOT EXISTS outbox_cancel_key ON outbox (cancel_key) WHERE sent_at IS NULL AND cancel_key IS NOT NULL";
        yield return "CREATE INDEX IF NOT EXISTS outbox_sent_at ON outbox (sent_at) WHERE sent_at IS NOT NULL";
        yield return "CREATE INDEX IF NOT EXISTS outbox_correlation ON outbox (correlation_id)";

        // Sagas' collections kept out of their bodies (ISagaItemCarrier): a CAF listing's lines. The unique key
        // makes an item written twice (a replayed message) a no-op; id keeps the order items were added in.
        yield return $"""
            CREATE TABLE IF NOT EXISTS saga_item (
                id {dialect.IdentityColumn},
                group_id {uuid} NOT NULL,
                item_key {uuid} NOT NULL,
                body TEXT NOT NULL,
                created_at {instant} NOT NULL,
                UNIQUE (group_id, item_key))
            """;

        foreach (var table in sagaTables.Select(t => t.Name).Distinct(StringComparer.Ordinal))
        {
            yield return $"""
                CREATE TABLE IF NOT EXISTS {table} (
                    correlation_id {uuid} PRIMARY KEY,
                    version INTEGER NOT NULL,
                    current_state TEXT NULL,
                    body TEXT NOT NULL,
                    created_at {instant} NOT NULL,
                    updated_at {instant} NOT NULL)
                """;
            yield return $"CREATE INDEX IF NOT EXISTS {table}_state ON {table} (current_state)";
        }
    }
}
