using System.Text;
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
}
