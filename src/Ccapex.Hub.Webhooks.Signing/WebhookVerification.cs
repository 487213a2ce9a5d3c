namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>What the verifier concluded about one request: accepted, or refused with a stable code and a readable reason.</summary>
public sealed record WebhookVerification(bool Accepted, string? Code, string Reason)
{
    public const string SignatureMissing = "signature.missing";
    public const string SignatureMalformed = "signature.malformed";
    public const string SignatureMismatch = "signature.mismatch";
    public const string TimestampInvalid = "timestamp.invalid";
    public const string TimestampOutsideTolerance = "timestamp.outside_tolerance";
    public const string MessageIdMissing = "message_id.missing";
    public const string MessageIdReplayed = "message_id.replayed";

    public static WebhookVerification Ok { get; } = new(true, null, "accepted");

    public static WebhookVerification Refuse(string code, string reason) => new(false, code, reason);

    /// <summary>True for a valid request whose id was already accepted: answer 2xx and do nothing (see docs/partners.md).</summary>
    public bool IsReplay => Code == MessageIdReplayed;
}
