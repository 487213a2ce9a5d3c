using System.Reflection;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// The message types the contracts define and, for each, its JSON property names and which are required,
/// so the rules can be checked against the real types.
/// </summary>
public static class ContractCatalog
{
    private static readonly Dictionary<string, Type> Messages = typeof(IPartnerMessage).Assembly
        .GetExportedTypes()
        .Where(t => t.IsClass && t.GetProperty(nameof(IPartnerMessage.MessageId)) is not null)
        .ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static bool TryGetMessage(string name, out Type type) => Messages.TryGetValue(name, out type!);

    /// <summary>JSON property names of a message type, as the contract serializer writes them.</summary>
    public static IReadOnlyList<string> JsonProperties(Type messageType) =>
        messageType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => JsonName(p))
            .ToList();

    /// <summary>JSON property names a reader cannot do without: they must be in every view of the message.</summary>
    public static IReadOnlyList<string> RequiredJsonProperties(Type messageType) =>
        messageType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null)
            .Select(p => JsonName(p))
            .ToList();

    public static string JsonNameOf(PropertyInfo property) => JsonName(property);

    private static string JsonName(PropertyInfo property) =>
        ContractJson.Options.PropertyNamingPolicy?.ConvertName(property.Name) ?? property.Name;
}
