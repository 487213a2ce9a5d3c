using System.Text.Json;
using MassTransit;

namespace Ccapex.Hub.Persistence;

/// <summary>How one saga type is stored: its table, its JSON rules, where its state name is.</summary>
public sealed class HubSagaRepositoryOptions<TSaga>
    where TSaga : class, ISagaVersion
{
    private JsonSerializerOptions? _effectiveJson;

    public HubSagaRepositoryOptions(string table)
    {
        Table = new HubSagaTable(table).Name;
        var state = typeof(TSaga).GetProperty("CurrentState");
        if (state?.PropertyType == typeof(string) && state.GetMethod is { IsPublic: true })
        {
            CurrentState = instance => (string?)state.GetValue(instance);
        }
    }

    /// <summary>The table holding one row per instance.</summary>
    public string Table { get; }

    /// <summary>
    /// Serializer options for the body (e.g. the contracts' options when the saga keeps contract
    /// values). Null: System.Text.Json defaults with enums as names. The repository adds its own rules to a copy.
    /// </summary>
    public JsonSerializerOptions? Json { get; set; }

    /// <summary>
    /// The state name copied to the <c>current_state</c> column, for queries by hand and reports.
    /// Defaults to a public string property named CurrentState, when the saga has one.
    /// </summary>
    public Func<TSaga, string?>? CurrentState { get; set; }

    internal JsonSerializerOptions EffectiveJson => _effectiveJson ??= SagaJson.Create(Json);
}
