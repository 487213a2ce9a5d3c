namespace Ccapex.Hub.Host;

/// <summary>
/// The environment variables the hub script and operators set, and the configuration keys they
/// stand for. They win over appsettings.json and the generic Hub__* variables, so that one
/// exported CCAPEX_RABBITMQ_URI points every process (host, tests, tools) at the same broker.
/// </summary>
public static class HubEnvironment
{
    public const string RabbitMqUri = "CCAPEX_RABBITMQ_URI";
    public const string DataDirectory = "CCAPEX_DATA_DIR";
    public const string HealthPort = "CCAPEX_HEALTH_PORT";
    public const string LogFormat = "CCAPEX_LOG_FORMAT";
    public const string Store = "CCAPEX_STORE";
    public const string RulesFile = "CCAPEX_RULES_FILE";
    public const string Postgres = "CCAPEX_POSTGRES";
    public const string DemoTimeScale = Time.DemoTime.ScaleVariable;
    public const string DemoEpoch = Time.DemoTime.EpochVariable;

    public const string DemoTimeScaleKey = "Hub:Demo:TimeScale";
    public const string DemoEpochKey = "Hub:Demo:Epoch";

    /// <summary>Where CCAPEX_POSTGRES lands; used only when the store's provider is PostgreSQL.</summary>
    public const string PostgresConnectionStringKey = "Hub:Store:PostgresConnectionString";

    /// <summary>A charter rules file to use instead of the one built into the hub.</summary>
    public const string RulesFileKey = "Hub:Routing:RulesFile";

    /// <summary>Environment variable to configuration key.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>
    {
        [RabbitMqUri] = "Hub:RabbitMq:Uri",
        [DataDirectory] = "Hub:DataDirectory",
        [HealthPort] = "Hub:Health:Port",
        [LogFormat] = "Logging:Console:FormatterName",
        [Store] = "Hub:Store:Provider",
        [RulesFile] = RulesFileKey,
        // Not Hub:Store:ConnectionString: the hub script exports CCAPEX_POSTGRES whether or not the store is
        // PostgreSQL, and a SQLite store must not take it as its own connection string (see StoreRegistration).
        [Postgres] = PostgresConnectionStringKey,
        [DemoTimeScale] = DemoTimeScaleKey,
        [DemoEpoch] = DemoEpochKey,
    };

    /// <summary>The configuration values the set variables give, ready for an in-memory source.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Read(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        foreach (var (variable, key) in Keys)
        {
            var value = getVariable(variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return new(key, value);
            }
        }
    }
}
