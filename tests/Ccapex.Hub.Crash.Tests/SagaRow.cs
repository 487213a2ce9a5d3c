using System.Text.Json.Nodes;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>One saga row: its id, its version (one more per committed message) and its JSON body.</summary>
internal sealed record SagaRow(Guid CorrelationId, int Version, JsonObject Body)
{
    /// <summary>A list in the body (the saga's property name, as the store writes it), empty when absent.</summary>
    public IReadOnlyList<JsonNode> List(string property) => Body[property] is JsonArray items ? [.. items.Select(i => i!)] : [];

    public string? Text(string property) => Body[property]?.GetValue<string>();
}
