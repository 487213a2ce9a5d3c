namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>What the verifier concluded about one request: accepted, or refused with a stable code and a readable reason.</summary>
public sealed record WebhookVerification(bool Accepted, string? Code, string Reason)
{
    public const string SignatureMissing = "signature.missing";
    public const string SignatureMalformed = "signature.malformed";
    public const string SignatureMismatch = "signature.mismatch";

    /// <summary>Only a v1 value, which does not cover the id and type, and the verifier requires v2.</summary>
    public const string SignatureV1Only = "signature.v1_only";
    public const string TimestampInvalid = "timestamp.invalid";
    public const string TimestampOutsideTolerance = "timestamp.outside_tolerance";
    public const string MessageIdMissing = "message_id.missing";
    public const string MessageIdInvalid = "message_id.invalid";
    public const string MessageTypeMissing = "message_type.missing";
    public const string MessageTypeInvalid = "message_type.invalid";
    public const string MessageIdReplayed = "message_id.replayed";

    public static WebhookVerification Ok { get; } = new(true, null, "accepted");

    public static WebhookVerification Refuse(string code, string reason) => new(false, code, reason);

    /// <summary>True for a valid request whose id was already accepted: answer 2xx and do nothing (see docs/partners.md).</summary>
    public bool IsReplay => Code == MessageIdReplayed;
}
