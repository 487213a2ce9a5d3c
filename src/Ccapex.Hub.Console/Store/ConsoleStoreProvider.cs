namespace Ccapex.Hub.Console.Store;

/// <summary>Which database holds the hub's state (the console follows the hub's choice, CCAPEX_STORE).</summary>
public enum ConsoleStoreProvider
{
    Sqlite,
    Postgres,
}
