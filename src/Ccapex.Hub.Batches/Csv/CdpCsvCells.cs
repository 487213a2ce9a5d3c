using System.Globalization;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// The cells of one data line, read by column with the conversions of the format. A cell that cannot be read
/// records one error on its column and yields a neutral value, so the rest of the line is still checked and
/// the sender gets every fault of the line at once.
/// </summary>
internal sealed class CdpCsvCells(IReadOnlyList<string> fields, CdpCsvHeader header, int maxCellLength)
{
    // A spreadsheet runs a cell starting with one of these as a formula when the file is opened again (CSV injection).
    private const string FormulaStarts = "=+-@";

    // Signed numbers are data; "=" and "@" never start one.
    private const string ValueFormulaStarts = "=@";

    private readonly List<FieldError> _errors = [];
    private readonly HashSet<string> _faulty = new(StringComparer.Ordinal);

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsFaulty(string column) => _faulty.Contains(column);

    public void Add(string column, string code, string message)
    {
        if (_faulty.Add(column))
        {
            _errors.Add(new FieldError { Field = column, Code = code, Message = message });
        }
    }

    /// <summary>The trimmed text of a column; empty when the file has no such column or the cell was refused.</summary>
    public string Text(string column) => Cell(column, FormulaStarts) ?? string.Empty;

    public string? OptionalText(string column) => Text(column) is { Length: > 0 } text ? text : null;

    /// <summary>Text the validator does not check for presence (street, city): an empty cell is an error here.</summary>
    public string RequiredText(string column)
    {
        var text = Cell(column, FormulaStarts);
        if (text is { Length: 0 })
        {
            Add(column, CsvErrorCodes.ValueRequired, $"{column} is required.");
        }

        return text ?? string.Empty;
    }

    public Euros Amount(string column)
    {
        if (Value(column) is not { } text)
        {
            return Euros.Zero;
        }

        if (!FrenchValues.TryParseDecimal(text, out var amount) || decimal.Round(amount, 2) != amount)
        {
            Add(column, CsvErrorCodes.DecimalInvalid, $"{column} must be an amount in euros with at most two decimals, e.g. 1 234,56; got '{text}'.");
            return Euros.Zero;
        }

        return new Euros(amount);
    }

    public int Integer(string column)
    {
        if (Value(column) is not { } text)
        {
            return 0;
        }

        if (!FrenchValues.TryParseInteger(text, out var number))
        {
            Add(column, CsvErrorCodes.IntegerInvalid, $"{column} must be a whole number; got '{text}'.");
        }

        return number;
    }

    public DateOnly Date(string column)
    {
        if (Value(column) is not { } text)
        {
            return DateOnly.MinValue;
        }

        if (!FrenchValues.TryParseDate(text, out var date))
        {
            Add(column, CsvErrorCodes.DateInvalid, $"{column} must be a date as dd/mm/yyyy, e.g. 14/01/2025; got '{text}'.");
        }

        return date;
    }

    public bool? Boolean(string column)
    {
        var text = Cell(column, ValueFormulaStarts) ?? string.Empty;
        if (!FrenchValues.TryParseBoolean(text, out var value))
        {
            Add(column, CsvErrorCodes.BooleanInvalid, $"{column} must be oui or non (or empty when unknown); got '{text}'.");
        }

        return value;
    }

    /// <summary>One of the documented words for an enum; <paramref name="whenEmpty"/> for an empty cell, or an error when it is null.</summary>
    public T Choice<T>(string column, IReadOnlyDictionary<string, T> words, T? whenEmpty)
        where T : struct, Enum
    {
        var text = Cell(column, FormulaStarts);
        if (text is null)
        {
            return default;
        }

        if (text.Length == 0)
        {
            if (whenEmpty is null)
            {
                Add(column, CsvErrorCodes.ValueRequired, $"{column} is required.");
            }

            return whenEmpty ?? default;
        }

        if (words.TryGetValue(CdpCsvColumns.Normalise(text), out var value))
        {
            return value;
        }

        var documented = string.Join(", ", words.GroupBy(w => w.Value).Select(g => g.First().Key));
        Add(column, CsvErrorCodes.ValueUnknown, $"'{text}' is not a value of {column}: one of {documented}.");
        return default;
    }

    /// <summary>A number or date cell: required, and refused when it starts like a formula.</summary>
    private string? Value(string column)
    {
        var text = Cell(column, ValueFormulaStarts);
        if (text is { Length: 0 })
        {
            Add(column, CsvErrorCodes.ValueRequired, $"{column} is required.");
            return null;
        }

        return text;
    }

    private string? Cell(string column, string formulaStarts)
    {
        var index = header.IndexOf(column);
        if (index < 0)
        {
            return string.Empty;
        }

        var text = fields[index].Trim();
        if (text.Length > maxCellLength)
        {
            Add(column, CsvErrorCodes.CellTooLong, $"{column} has {text.Length.ToString(CultureInfo.InvariantCulture)} characters; at most {maxCellLength.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        if (text.Length > 0 && formulaStarts.Contains(text[0], StringComparison.Ordinal))
        {
            Add(column, CsvErrorCodes.FormulaRefused, $"{column} starts with '{text[0]}', which a spreadsheet would run as a formula; remove it.");
            return null;
        }

        return text;
    }
}
