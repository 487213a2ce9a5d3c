using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>A copy of one delivery to a partner's queue: the envelope as sent, kept whole so a test can deliver it again.</summary>
internal sealed record TappedDelivery(PartnerCode Partner, ReadOnlyMemory<byte> Body, string? ContentType, JsonObject Envelope)
{
    public JsonObject Message => Envelope["message"]!.AsObject();

    public bool Is<T>() => Envelope["messageType"]!.AsArray().Any(t => t!.GetValue<string>() == $"urn:message:{typeof(T).Namespace}:{typeof(T).Name}");

    public T As<T>() => Message.Deserialize<T>(ContractJson.Options)!;

    public override string ToString() => $"{Envelope["messageType"]?[0]} to {Partner}";
}
