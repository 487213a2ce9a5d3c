using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>
/// The JSON rules every edge of the hub applies to these contracts: camelCase names, required
/// members and nullable annotations enforced (a missing or null required field is an error, not a default).
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
        return options;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
