using System.Text;
using Ccapex.Hub.Webhooks.Signing;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>One POST as the receiver got it, with its own verifier's verdict.</summary>
internal sealed record ReceivedRequest(
    string? MessageId, string? MessageType, string? Timestamp, string? Signature, string? ContentType, byte[] Body, WebhookVerification Verification)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public override string ToString() => $"{MessageId} ({MessageType}, {Verification.Code ?? "ok"})";
}
