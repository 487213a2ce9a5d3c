namespace Ccapex.Hub.Persistence;

/// <summary>
/// The column types that differ between the two databases, for <see cref="IHubStoreSchema"/> statements;
/// <see cref="Identity"/> is an ever-increasing primary key (rows numbered in insertion order).
/// </summary>
public sealed record StoreColumnTypes(string Uuid, string Timestamp, string Identity = "INTEGER PRIMARY KEY AUTOINCREMENT");
