namespace Ccapex.Hub.Partners.Caf;

/// <summary>Stable codes of the extract format (docs/caf-allocataire-extract.md); the CAF's export job acts on them.</summary>
public static class ExtractErrorCodes
{
    public const string FileMissing = "extract.file_missing";
    public const string EncodingInvalid = "extract.encoding_invalid";
    public const string HeaderInvalid = "extract.header_invalid";
    public const string FieldCount = "extract.field_count";
    public const string ValueRequired = "extract.value_required";
    public const string ValueUnknown = "extract.value_unknown";
    public const string IntegerInvalid = "extract.integer_invalid";
    public const string PostalCodeInvalid = "extract.postal_code_invalid";
    public const string NumberDuplicate = "extract.number_duplicate";
}
