namespace Ccapex.Hub.Persistence;

/// <summary>The column types that differ between the two databases, for <see cref="IHubStoreSchema"/> statements.</summary>
public sealed record StoreColumnTypes(string Uuid, string Timestamp);
