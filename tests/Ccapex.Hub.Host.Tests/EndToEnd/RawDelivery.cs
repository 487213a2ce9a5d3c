using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ccapex.Hub.Contracts;
using RabbitMQ.Client;

namespace Ccapex.Hub.Host.Tests.EndToEnd;

/// <summary>A message as a plain AMQP client sees it: properties, headers as text, and the body.</summary>
internal sealed record RawDelivery(string? MessageId, string? CorrelationId, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static RawDelivery From(IReadOnlyBasicProperties properties, ReadOnlyMemory<byte> body) => new(
        properties.MessageId,
        properties.CorrelationId,
        properties.ContentType,
        (properties.Headers ?? new Dictionary<string, object?>()).ToDictionary(h => h.Key, h => h.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : h.Value?.ToString() ?? string.Empty),
        Encoding.UTF8.GetString(body.Span));

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;

    /// <summary>MassTransit's envelope around the message, or null when the body is not one (an unreadable message, say).</summary>
    public JsonObject? Envelope()
    {
        try
        {
            return JsonNode.Parse(Body) is JsonObject envelope && envelope["message"] is JsonObject ? envelope : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The envelope's message types, most specific first: "urn:message:Ccapex.Hub.Contracts:MessageRejected".</summary>
    public IReadOnlyList<string> MessageTypes() =>
        Envelope()?["messageType"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];

    public T Message<T>() => Envelope()!["message"].Deserialize<T>(ContractJson.Options)!;

    /// <summary>Whether this is a receipt or a rejection of the partner message <paramref name="messageId"/>.</summary>
    public bool Answers(Guid messageId) => Envelope()?["message"]?["inReplyTo"]?.GetValue<Guid>() == messageId;
}
