namespace Ccapex.Hub.Batches.Csv;

/// <summary>One record of a CSV text: its cells, and the physical line it starts on (1 = the first line of the file).</summary>
/// <param name="Line">Where the record starts; a quoted cell may carry it over several lines.</param>
/// <param name="Fields">The cells, unquoted, not yet trimmed.</param>
/// <param name="Fault">Set when the record could not be split (a quote not closed or out of place): its cells are then meaningless.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, (string Code, string Message)? Fault = null)
{
    public bool IsBlank => Fault is null && Fields.All(string.IsNullOrWhiteSpace);

    public static CsvRecord Broken(int line, string code) => new(line, [], (code, code == CsvErrorCodes.QuoteUnterminated
        ? "A quoted cell is not closed: a '\"' is missing."
        : "A '\"' inside a cell moves where the line's cells end: put the whole cell in quotes and double each '\"' in it (\"\"), as spreadsheets do."));
}
