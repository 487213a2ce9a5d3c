namespace Ccapex.Hub.Persistence.Tests;

/// <summary>A table of another project's in the store (as the routing's dossier keys are), for the tests that need one.</summary>
public sealed class TestKeySchema : IHubStoreSchema
{
    public IEnumerable<string> Statements(StoreColumnTypes types)
    {
        ArgumentNullException.ThrowIfNull(types);
        yield return $"CREATE TABLE IF NOT EXISTS test_key (key TEXT PRIMARY KEY, dossier_id {types.Uuid} NOT NULL, created_at {types.Timestamp} NOT NULL)";
    }
}
