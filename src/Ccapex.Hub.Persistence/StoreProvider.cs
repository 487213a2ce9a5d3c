namespace Ccapex.Hub.Persistence;

/// <summary>Which database holds the hub's state.</summary>
public enum StoreProvider
{
    /// <summary>An embedded file under the data folder; one hub instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several hub instances.</summary>
    Postgres,
}
