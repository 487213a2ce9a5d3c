using System.Text;
using System.Text.Json;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// Turns a queued message into what is posted. The hub's relay sends MassTransit envelopes: the body posted
/// is the envelope's "message" as written (camelCase, as in contracts/schemas), the type the last part of
/// the first "messageType" urn. A message that is already bare JSON is posted as it is.
/// </summary>
internal static class DeliveryReader
{
    private const string UrnPrefix = "urn:message:";

    /// <summary>The delivery, or null and why it cannot be posted (then it is parked at once).</summary>
    public static (WebhookDelivery? Delivery, string? Error) Read(InboundMessage message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message.Body);
        }
        catch (JsonException unreadable)
        {
            return (null, $"unreadable: the body is not JSON ({unreadable.Message})");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "unreadable: the body is not a JSON object");
            }

            var isEnvelope = root.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("messageType", out _);
            var body = isEnvelope ? Encoding.UTF8.GetBytes(inner.GetRawText()) : message.Body;
            // The transport's id first: the relay stamps it stable; then the envelope's, then the body's own.
            var messageId = message.Properties.MessageId
                ?? (isEnvelope ? Text(root, "messageId") ?? Text(inner, "messageId") : Text(root, "messageId"));
            if (string.IsNullOrWhiteSpace(messageId))
            {
                return (null, "unreadable: no message id (envelope messageId, AMQP message_id or body messageId)");
            }

            var type = isEnvelope ? ContractName(root) : message.Properties.Type;
            type = string.IsNullOrWhiteSpace(type) ? "unknown" : type;

            // Both go into HTTP headers and the v2 signature's lines: printable ASCII, no line break.
            if (!WebhookSignatureV2.IsPrintableAscii(messageId) || !WebhookSignatureV2.IsPrintableAscii(type))
            {
                return (null, "unreadable: the message id or type is not printable ASCII (it could be neither sent as a header nor signed)");
            }

            return (new WebhookDelivery(messageId, type, body), null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? ContractName(JsonElement envelope)
    {
        if (!envelope.TryGetProperty("messageType", out var types) || types.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        foreach (var urn in types.EnumerateArray())
        {
            if (urn.GetString() is { } text && text.StartsWith(UrnPrefix, StringComparison.Ordinal))
            {
                return text[(text.LastIndexOf(':') + 1)..];
            }
        }

        return null;
    }
}
