using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.SchemaExport;
using Json.Schema;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>The schema files checked in under contracts/schemas/, and payload validation against them.</summary>
internal static class CheckedInSchemas
{
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static string Directory { get; } = RepositoryRoot.SchemasDirectory(AppContext.BaseDirectory);

    public static string PathOf(Type messageType) => Path.Combine(Directory, ContractSchemaGenerator.FileName(messageType));

    /// <summary>Validates a payload; returns the errors, one a line, or an empty string when it is valid.</summary>
    public static string Errors(Type messageType, JsonNode? payload)
    {
        // A registry of its own: the shared one refuses a second schema with the same $id.
        var schema = JsonSchema.FromText(File.ReadAllText(PathOf(messageType)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(payload), Evaluation);
        return results.IsValid
            ? string.Empty
            : string.Join(
                "\n",
                (results.Details ?? []).SelectMany(detail => (detail.Errors ?? []).Select(error => $"{detail.InstanceLocation} {error.Key}: {error.Value}")));
    }
}
