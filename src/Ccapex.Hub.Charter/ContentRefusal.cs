namespace Ccapex.Hub.Charter;

/// <summary>Why a content rule refuses a message: a stable code and a reason that names fields, never values of a household.</summary>
public sealed record ContentRefusal(string Code, string Reason)
{
    /// <summary>The sender may send this message type, but not with this value of its discriminating field.</summary>
    public const string ContentNotAllowed = "rule.content_not_allowed";

    /// <summary>A field only another value (or another partner) may set.</summary>
    public const string FieldNotAllowed = "rule.field_not_allowed";
}
