using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// The handled-message journal, created with the store's tables at start. Keyed by (sender, message id): two partners'
/// ids never collide, and a message refused (by the intake or by its dossier) is never written, so it reserves nothing.
/// </summary>
public sealed class HandledMessageSchema : IHubStoreSchema
{
    public IEnumerable<string> Statements(StoreColumnTypes types)
    {
        ArgumentNullException.ThrowIfNull(types);
        yield return $"""
            CREATE TABLE IF NOT EXISTS handled_message (
                sender TEXT NOT NULL,
                message_id {types.Uuid} NOT NULL,
                dossier_id {types.Uuid} NOT NULL,
                handled_at {types.Timestamp} NOT NULL,
                PRIMARY KEY (sender, message_id))
            """;
    }
}
