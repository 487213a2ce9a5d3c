using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>
/// The JSON rules every edge of the hub applies to these contracts: camelCase names, required
/// members and nullable annotations enforced (a missing or null required field is an error, not a default),
/// and no member twice: <c>{"sender": "A", "Sender": "B"}</c> would otherwise bind the last one, whatever a check
/// of the first said.
/// </summary>
public static class ContractJson
{
    /// <summary>Options for reading and writing contract messages outside MassTransit (schemas, raw JSON edges, files).</summary>
    /// <remarks>Read-only, with its type-info resolver set, so that it can be shared and handed to <c>JsonSchemaExporter</c> at any time.</remarks>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Applies the contract rules to existing options (e.g. MassTransit's serializer options).</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;

        // Refuses a member bound twice, in any case (names bind case-insensitively), and exact duplicates inside
        // JsonElement values (MassTransit's envelope). Duplicates of a member the type does not have are skipped
        // unseen: the gateway refuses those itself.
        options.AllowDuplicateProperties = false;
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
