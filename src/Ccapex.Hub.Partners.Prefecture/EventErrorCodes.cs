namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>Stable codes of the event file format (docs/prefecture-events.md); a code never changes meaning.</summary>
public static class EventErrorCodes
{
    public const string EncodingInvalid = "event.encoding_invalid";
    public const string JsonInvalid = "event.json_invalid";
    public const string KindMissing = "event.kind_missing";
    public const string KindUnknown = "event.kind_unknown";
    public const string FieldInvalid = "event.field_invalid";
    public const string DossierMissing = "event.dossier_missing";
    public const string CfpGrantedRequired = "event.cfp_granted_required";
}
