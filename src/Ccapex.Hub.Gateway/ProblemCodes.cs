namespace Ccapex.Hub.Gateway;

/// <summary>
/// Stable codes of the gateway's refusals, in the <c>code</c> member of each problem document (RFC 9457). They
/// extend the hub's own codes (validation.failed, rule.sender_not_allowed...), which the gateway passes on as they are.
/// </summary>
public static class ProblemCodes
{
    public const string KeyMissing = "auth.key_missing";
    public const string KeyUnknown = "auth.key_unknown";
    public const string SenderNotAllowed = "rule.sender_not_allowed";
    public const string SenderMismatch = "auth.sender_mismatch";
    public const string TooLarge = "request.too_large";
    public const string MediaTypeUnsupported = "request.media_type_unsupported";
    public const string MalformedJson = "request.json_malformed";
    public const string ValidationFailed = "validation.failed";
    public const string BatchRefused = "batch.refused";
    public const string BatchEmpty = "batch.empty";
    public const string BatchTooManyItems = "batch.too_many_items";
    public const string MessageIdDuplicate = "batch.message_id_duplicate";
    public const string JsonInvalid = "json.invalid";
    public const string DuplicateMember = "json.duplicate_member";
    public const string RateLimited = "rate.limited";
    public const string ForbiddenCharacter = Validation.TextFieldCodes.ForbiddenCharacter;
    public const string FieldTooLong = Validation.TextFieldCodes.TooLong;
    public const string BrokerUnavailable = Batches.Submission.CdpBatchSubmitter.BrokerUnavailable;
}
