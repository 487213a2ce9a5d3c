using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.SchemaExport;

/// <summary>
/// Completes what <see cref="JsonSchemaExporter"/> cannot see: the value types with custom converters
/// (<see cref="PartnerCode"/>, <see cref="Euros"/>, contract enums), non-null collection items, and open objects.
/// </summary>
internal static class ContractSchemaTransform
{
    public static JsonNode Apply(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (ValueSchema(context.TypeInfo.Type) is { } valueSchema)
        {
            return valueSchema;
        }

        if (schema is JsonObject node)
        {
            CompleteItems(context, node);
            AllowUnknownProperties(node);
        }

        return schema;
    }

    /// <summary>The schema of a contract value type the exporter only sees as "anything" (true), or null for other types.</summary>
    private static JsonObject? ValueSchema(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null;
        var valueType = underlying ?? type;

        if (valueType == typeof(PartnerCode))
        {
            // A role, or a member organisation under a role (ADR 0014): which members exist is the rules' to say.
            var roles = StringEnum(PartnerCode.All.Select(code => code.Value), nullable);
            var members = new JsonObject
            {
                ["type"] = "string",
                ["pattern"] = $"^({string.Join('|', PartnerCode.All.Select(code => code.Value))})\\.[A-Z0-9_]{{1,{PartnerCode.MaxMemberLength}}}$",
            };
            return new JsonObject { ["type"] = TypeKeyword("string", nullable), ["anyOf"] = new JsonArray(roles, members) };
        }

        if (valueType == typeof(Euros))
        {
            return new JsonObject { ["type"] = TypeKeyword("number", nullable), ["multipleOf"] = 0.01m };
        }

        return valueType.IsEnum ? StringEnum(Enum.GetNames(valueType), nullable) : null;
    }

    private static JsonObject StringEnum(IEnumerable<string> values, bool nullable)
    {
        var members = new JsonArray(values.Select(value => (JsonNode?)value).ToArray());
        if (nullable)
        {
            members.Add(null);
        }

        return new JsonObject { ["type"] = TypeKeyword("string", nullable), ["enum"] = members };
    }

    private static JsonNode TypeKeyword(string type, bool nullable) => nullable ? new JsonArray(type, "null") : type;

    /// <summary>
    /// Completes a list's items: the exporter leaves them out when they are a contract value type (it sees
    /// "anything"), and allows null items in every list of references because System.Text.Json does not read
    /// generic-argument annotations; the schema follows the C# type (IReadOnlyList&lt;PersonName&gt; has no null item).
    /// </summary>
    private static void CompleteItems(JsonSchemaExporterContext context, JsonObject node)
    {
        if (context.TypeInfo.ElementType is { } elementType && ValueSchema(elementType) is { } itemSchema)
        {
            node["items"] = itemSchema;
            return;
        }

        if (context.PropertyInfo?.AttributeProvider is not PropertyInfo property
            || node["items"] is not JsonObject items
            || items["type"] is not JsonArray types)
        {
            return;
        }

        var info = new NullabilityInfoContext().Create(property);
        var item = info.ElementType ?? info.GenericTypeArguments.SingleOrDefault();
        if (item?.ReadState != NullabilityState.NotNull)
        {
            return;
        }

        var remaining = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
        items["type"] = remaining.Length == 1 ? remaining[0] : new JsonArray(remaining.Select(t => (JsonNode?)t).ToArray());
    }

    /// <summary>Unknown properties are allowed, as the hub's deserializer skips them (see ADR 0003).</summary>
    private static void AllowUnknownProperties(JsonObject node)
    {
        var isObject = node["type"] switch
        {
            JsonValue value => value.GetValue<string>() == "object",
            JsonArray values => values.Any(v => v?.GetValue<string>() == "object"),
            _ => false,
        };
        if (isObject && !node.ContainsKey("additionalProperties"))
        {
            node["additionalProperties"] = true;
        }
    }
}
