using System.Diagnostics.CodeAnalysis;

namespace Ccapex.Hub.Webhooks;

/// <summary>One partner's registration, section "Webhooks:Partners:&lt;CODE&gt;".</summary>
public sealed class PartnerWebhookOptions
{
    /// <summary>https:// endpoint; http:// only to a loopback address (development and tests).</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Bound from configuration as text so that a malformed value gets the validator's message.")]
    public string? Url { get; set; }

    /// <summary>The shared HMAC secret (at least 32 bytes as UTF-8); or <see cref="SecretFile"/>.</summary>
    public string? Secret { get; set; }

    /// <summary>A file holding the secret (trailing new lines ignored), so it stays out of the configuration.</summary>
    public string? SecretFile { get; set; }

    /// <summary>
    /// Also sign v1 ("{timestamp}.{body}") after v2, only while this partner's receiver does not verify v2 yet:
    /// v1 does not cover the message id and type (ADR 0007, "v2 signature"). Off by default.
    /// </summary>
    public bool SendV1Signature { get; set; }

    /// <summary>This partner's policy: the defaults with its own Delivery keys on top (filled in at binding).</summary>
    public DeliveryPolicy Delivery { get; set; } = new();
}
