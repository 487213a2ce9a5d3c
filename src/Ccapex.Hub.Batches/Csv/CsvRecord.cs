namespace Ccapex.Hub.Batches.Csv;

/// <summary>One record of a CSV text: its cells, and the physical line it starts on (1 = the first line of the file).</summary>
/// <param name="Line">Where the record starts; a quoted cell may carry it over several lines.</param>
/// <param name="Fields">The cells, unquoted, not yet trimmed.</param>
/// <param name="Error">Set when the record could not be split (an unterminated quote): its cells are then meaningless.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error = null)
{
    public bool IsBlank => Error is null && Fields.All(string.IsNullOrWhiteSpace);
}
