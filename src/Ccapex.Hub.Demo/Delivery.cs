using System.Reflection;
using System.Text.Json;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>One message read from a partner queue: its contract and the charter flow it belongs to.</summary>
internal sealed record Delivery(object Message, string? Flow, Guid? DossierId, string? Via = null)
{
    private const string UrnPrefix = "urn:message:Ccapex.Hub.Contracts:";

    /// <summary>The contract in a MassTransit envelope; null for a type this program does not know.</summary>
    public static Delivery? Read(ReadOnlySpan<byte> body)
    {
        var envelope = JsonDocument.Parse(body.ToArray()).RootElement;
        var urn = envelope.GetProperty("messageType")[0].GetString() ?? string.Empty;
        if (!urn.StartsWith(UrnPrefix, StringComparison.Ordinal) || Contract(urn[UrnPrefix.Length..], envelope.GetProperty("message"), null) is not { } delivery)
        {
            return null;
        }

        // A message without a dossier member (the DRIHL's copy of a CDP) has its dossier as the envelope's correlation
        // id; a CAF listing is correlated with the listing, which is no dossier.
        return delivery.DossierId is null && delivery.Message is not CheckHousingBenefitRights
            && envelope.TryGetProperty("correlationId", out var correlation) && correlation.TryGetGuid(out var id)
            ? delivery with { DossierId = id }
            : delivery;
    }

    /// <summary>A contract given by its name (a webhook's Ccapex-Message-Type) and its JSON; null for a name this program does not know.</summary>
    public static Delivery? Contract(string typeName, JsonElement json, string? via)
    {
        var type = typeof(IPartnerMessage).Assembly.GetType(typeof(IPartnerMessage).Namespace + "." + typeName);
        if (type is null)
        {
            return null;
        }

        var message = json.Deserialize(type, ContractJson.Options)!;

        var dossier = type.GetProperty("DossierId")?.GetValue(message) as Guid?;
        return new Delivery(message, type.GetCustomAttribute<CharterFlowAttribute>()?.Flow, dossier, via);
    }

    public T? As<T>()
        where T : class => Message as T;
}
