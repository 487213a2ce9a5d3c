namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>The HTTP headers of every webhook delivery.</summary>
public static class WebhookHeaders
{
    /// <summary>The message's stable id: the same on every attempt and every redelivery; receivers deduplicate by it.</summary>
    public const string MessageId = "Ccapex-Message-Id";

    /// <summary>The contract name, e.g. RequestSixMonthFollowUp (its schema is contracts/schemas/&lt;name&gt;.schema.json).</summary>
    public const string MessageType = "Ccapex-Message-Type";

    /// <summary>Unix seconds when this attempt was signed.</summary>
    public const string Timestamp = "Ccapex-Timestamp";

    /// <summary>
    /// Comma-separated signatures: "v2=" and the lower-case hex HMAC-SHA256 of <see cref="WebhookSignatureV2.SignedText"/>
    /// with the partner's secret; and "v1=..." (<see cref="WebhookSignature"/>) for a partner still in transition.
    /// </summary>
    public const string Signature = "Ccapex-Signature";
}
