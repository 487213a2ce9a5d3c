using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Ccapex.Hub.Persistence;

/// <summary>How a saga instance becomes the JSON body of its row.</summary>
internal static class SagaJson
{
    private static readonly Type[] PopulatedCollections = [typeof(List<>), typeof(HashSet<>), typeof(Dictionary<,>), typeof(SortedSet<>)];

    /// <summary>
    /// A read-only copy of <paramref name="baseOptions"/> (or of plain defaults, enums as names) with
    /// two rules added: the outbox and item carriers' pending lists are never stored (they live for one message
    /// only, and a retry reloads the instance without them), and read-only collection properties
    /// (a list of handled ids with a getter only, say) are filled in place when read back.
    /// </summary>
    public static JsonSerializerOptions Create(JsonSerializerOptions? baseOptions)
    {
        var options = baseOptions is null
            ? new JsonSerializerOptions(JsonSerializerDefaults.General) { Converters = { new JsonStringEnumConverter() } }
            : new JsonSerializerOptions(baseOptions);
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(Modify);
        options.MakeReadOnly();
        return options;
    }

    private static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var carrier = typeof(IOutboxCarrier).IsAssignableFrom(typeInfo.Type);
        var itemCarrier = typeof(ISagaItemCarrier).IsAssignableFrom(typeInfo.Type);
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            var member = (property.AttributeProvider as MemberInfo)?.Name;
            if (carrier && member is nameof(IOutboxCarrier.PendingOutbox) or nameof(IOutboxCarrier.PendingCancellations))
            {
                typeInfo.Properties.RemoveAt(i);
            }
            else if (itemCarrier && member is nameof(ISagaItemCarrier.PendingItems) or nameof(ISagaItemCarrier.RetiredItemGroups))
            {
                typeInfo.Properties.RemoveAt(i);
            }
            else if (property is { Set: null, Get: not null } && IsPopulatable(property.PropertyType))
            {
                property.ObjectCreationHandling = JsonObjectCreationHandling.Populate;
            }
        }
    }

    private static bool IsPopulatable(Type type) =>
        type.IsGenericType && PopulatedCollections.Contains(type.GetGenericTypeDefinition());
}
