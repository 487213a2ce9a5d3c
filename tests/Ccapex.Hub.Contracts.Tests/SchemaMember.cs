using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ccapex.Hub.Contracts.Tests;

/// <summary>One C# property of a contract record beside the schema the generator wrote for it.</summary>
internal sealed record SchemaMember(string Path, PropertyInfo Property, JsonObject Owner, JsonObject Schema)
{
    public string JsonName => Path[(Path.LastIndexOf('.') + 1)..];

    public bool IsRequiredInCSharp => Property.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute));

    public bool IsRequiredInSchema => Owner["required"]?.AsArray().Any(name => name?.GetValue<string>() == JsonName) ?? false;

    public bool IsNullableInCSharp => new NullabilityInfoContext().Create(Property).ReadState == NullabilityState.Nullable;

    public bool IsNullableInSchema => AllowsNull(Schema);

    /// <summary>For a list: whether its C# item type is nullable, and whether its item schema allows null.</summary>
    public (bool CSharp, bool Schema)? ItemNullability
    {
        get
        {
            var info = new NullabilityInfoContext().Create(Property);
            var item = info.ElementType ?? info.GenericTypeArguments.FirstOrDefault();
            return Schema["items"] is JsonObject items && item is not null
                ? (item.ReadState == NullabilityState.Nullable, AllowsNull(items))
                : null;
        }
    }

    /// <summary>Every property of a message and of the contract records nested in it, depth first.</summary>
    public static IEnumerable<SchemaMember> Of(Type recordType, JsonObject schema, string path = "$")
    {
        foreach (var property in recordType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var jsonName = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var propertySchema = schema["properties"]![jsonName]!.AsObject();
            var member = new SchemaMember($"{path}.{jsonName}", property, schema, propertySchema);
            yield return member;

            var (nestedType, nestedSchema) = ItemOrSelf(property.PropertyType, propertySchema);
            if (nestedType.Assembly == typeof(ContractJson).Assembly && nestedType.IsClass && nestedSchema is not null)
            {
                foreach (var nested in Of(nestedType, nestedSchema, member.Path))
                {
                    yield return nested;
                }
            }
        }
    }

    private static (Type Type, JsonObject? Schema) ItemOrSelf(Type type, JsonObject schema) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? (type.GetGenericArguments()[0], schema["items"] as JsonObject)
            : (type, schema);

    private static bool AllowsNull(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => types.Any(type => type?.GetValue<string>() == "null"),
        JsonValue type => type.GetValue<string>() == "null",
        _ => true,
    };
}
