namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Stable codes of the CSV batch format, beside the validator's own codes (e.g. "postal_code.invalid").
/// Office software acts on them, so a code never changes meaning; the message beside it is for people.
/// </summary>
public static class CsvErrorCodes
{
    public const string FileTooLarge = "csv.file_too_large";
    public const string TooManyLines = "csv.too_many_lines";
    public const string NoLines = "csv.no_lines";
    public const string EncodingInvalid = "csv.encoding_invalid";
    public const string NotText = "csv.not_text";
    public const string ColumnMissing = "csv.column_missing";
    public const string ColumnUnknown = "csv.column_unknown";
    public const string ColumnDuplicate = "csv.column_duplicate";
    public const string FieldCount = "csv.field_count";
    public const string QuoteUnterminated = "csv.quote_unterminated";
    public const string QuoteMisplaced = "csv.quote_misplaced";
    public const string CellTooLong = "csv.cell_too_long";
    public const string FormulaRefused = "csv.formula_refused";
    public const string ValueRequired = "csv.value_required";
    public const string DecimalInvalid = "csv.decimal_invalid";
    public const string IntegerInvalid = "csv.integer_invalid";
    public const string DateInvalid = "csv.date_invalid";
    public const string BooleanInvalid = "csv.boolean_invalid";
    public const string ValueUnknown = "csv.value_unknown";
    public const string ActReferenceDuplicate = "csv.act_reference_duplicate";
}
