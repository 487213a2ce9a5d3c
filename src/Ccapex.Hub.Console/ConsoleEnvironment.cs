namespace Ccapex.Hub.Console;

/// <summary>
/// The environment variables the hub script exports and the console settings they stand for; they win over
/// appsettings.json, so the console reads the store the hub writes.
/// </summary>
public static class ConsoleEnvironment
{
    public const string DataDirectory = "CCAPEX_DATA_DIR";
    public const string Store = "CCAPEX_STORE";
    public const string Postgres = "CCAPEX_POSTGRES";
    public const string Port = "CCAPEX_CONSOLE_PORT";

    /// <summary>Where CCAPEX_POSTGRES lands; used only when the store is PostgreSQL (the script exports it for both).</summary>
    public const string PostgresConnectionStringKey = "Console:Store:PostgresConnectionString";

    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>
    {
        [DataDirectory] = "Console:DataDirectory",
        [Store] = "Console:Store:Provider",
        [Postgres] = PostgresConnectionStringKey,
        [Port] = "Console:Port",
    };

    public static IEnumerable<KeyValuePair<string, string?>> Read(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        return Keys
            .Where(k => !string.IsNullOrWhiteSpace(getVariable(k.Key)))
            .Select(k => new KeyValuePair<string, string?>(k.Value, getVariable(k.Key)));
    }
}
