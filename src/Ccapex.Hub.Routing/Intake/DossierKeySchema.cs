using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>The dossier key table, created with the store's own tables at start (unchanged from when the store owned it).</summary>
public sealed class DossierKeySchema : IHubStoreSchema
{
    public IEnumerable<string> Statements(StoreColumnTypes types)
    {
        ArgumentNullException.ThrowIfNull(types);
        yield return $"CREATE TABLE IF NOT EXISTS dossier_key (key TEXT PRIMARY KEY, dossier_id {types.Uuid} NOT NULL, created_at {types.Timestamp} NOT NULL)";
        yield return "CREATE INDEX IF NOT EXISTS dossier_key_dossier ON dossier_key (dossier_id)";
    }
}
