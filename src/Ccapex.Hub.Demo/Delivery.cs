using System.Reflection;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>One message read from a partner queue: its contract and the charter flow it belongs to.</summary>
internal sealed record Delivery(object Message, string? Flow, Guid? DossierId)
{
    private const string UrnPrefix = "urn:message:Ccapex.Hub.Contracts:";

    /// <summary>The contract in a MassTransit envelope; null for a type this program does not know.</summary>
    public static Delivery? Read(ReadOnlySpan<byte> body)
    {
        var envelope = JsonDocument.Parse(body.ToArray()).RootElement;
        var urn = envelope.GetProperty("messageType")[0].GetString() ?? string.Empty;
        var type = urn.StartsWith(UrnPrefix, StringComparison.Ordinal)
            ? typeof(IPartnerMessage).Assembly.GetType(typeof(IPartnerMessage).Namespace + "." + urn[UrnPrefix.Length..])
            : null;
        if (type is null)
        {
            return null;
        }

        var message = envelope.GetProperty("message").Deserialize(type, ContractJson.Options)!;

        // The message's own dossier, not the envelope's correlation id: a CAF listing is correlated with the listing.
        var dossier = type.GetProperty("DossierId")?.GetValue(message) as Guid?;
        return new Delivery(message, type.GetCustomAttribute<CharterFlowAttribute>()?.Flow, dossier);
    }

    public T? As<T>()
        where T : class => Message as T;
}
