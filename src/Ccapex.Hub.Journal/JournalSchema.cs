using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal;

/// <summary>
/// The journal's tables, created with the store's at start. Rows are inserted by the writes they record and never
/// changed afterwards except once, by the sealer, which gives each its place in the chain (<c>position</c>, dense from 1)
/// and its <c>chain_hash</c>; checkpoints sign the chain's head from time to time (ADR 0015).
/// </summary>
public sealed class JournalSchema : IHubStoreSchema
{
    public IEnumerable<string> Statements(StoreColumnTypes types)
    {
        ArgumentNullException.ThrowIfNull(types);
        yield return $"""
            CREATE TABLE IF NOT EXISTS journal (
                id {types.Identity},
                record_key TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                recorded_at {types.Timestamp} NOT NULL,
                edge TEXT NULL,
                partner TEXT NULL,
                message_type TEXT NULL,
                flow TEXT NULL,
                dossier_id {types.Uuid} NULL,
                message_id {types.Uuid} NULL,
                body_sha256 TEXT NULL,
                outcome TEXT NULL,
                view TEXT NULL,
                handed_at {types.Timestamp} NULL,
                confirmed_at {types.Timestamp} NULL,
                position BIGINT NULL UNIQUE,
                chain_hash TEXT NULL)
            """;
        // The sealer's work list: rows not in the chain yet, in insertion order; it stays small.
        yield return "CREATE INDEX IF NOT EXISTS journal_unsealed ON journal (id) WHERE position IS NULL";
        yield return "CREATE INDEX IF NOT EXISTS journal_dossier ON journal (dossier_id) WHERE dossier_id IS NOT NULL";
        yield return "CREATE INDEX IF NOT EXISTS journal_partner ON journal (partner, recorded_at)";
        yield return $"""
            CREATE TABLE IF NOT EXISTS journal_checkpoint (
                position BIGINT PRIMARY KEY,
                row_count BIGINT NOT NULL,
                last_hash TEXT NOT NULL,
                signed_at {types.Timestamp} NOT NULL,
                key_id TEXT NOT NULL,
                signature TEXT NOT NULL)
            """;
    }
}
