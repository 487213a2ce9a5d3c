namespace Ccapex.Hub.Persistence;

/// <summary>
/// Tables another project keeps in the hub store (the routing's dossier keys): created with the store's own, at
/// start, by idempotent statements (IF NOT EXISTS). Register as a singleton <see cref="IHubStoreSchema"/>.
/// </summary>
public interface IHubStoreSchema
{
    IEnumerable<string> Statements(StoreColumnTypes types);
}
