using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>One message a partner read from its queue: the envelope's id and types, and the message as sent (its view).</summary>
internal sealed record PartnerDelivery(PartnerCode Partner, Guid MessageId, IReadOnlyList<string> MessageTypes, JsonObject Message)
{
    /// <summary>SHA-256 of the bytes the partner read (lowercase hex): what the delivery journal must have recorded.</summary>
    public string BodySha256 { get; init; } = "";

    /// <summary>Reads MassTransit's envelope, as a partner not on .NET would.</summary>
    public static PartnerDelivery From(PartnerCode partner, ReadOnlyMemory<byte> body)
    {
        var envelope = JsonNode.Parse(body.Span)!.AsObject();
        return new PartnerDelivery(
            partner,
            envelope["messageId"]!.GetValue<Guid>(),
            envelope["messageType"]!.AsArray().Select(t => t!.GetValue<string>()).ToList(),
            envelope["message"]!.AsObject())
        {
            BodySha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body.Span)),
        };
    }

    public bool Is<T>() => MessageTypes.Contains($"urn:message:{typeof(T).Namespace}:{typeof(T).Name}");

    public T As<T>() => Message.Deserialize<T>(ContractJson.Options)!;

    public override string ToString() => $"{MessageTypes.FirstOrDefault()?.Split(':')[^1]} {MessageId} to {Partner}";
}
