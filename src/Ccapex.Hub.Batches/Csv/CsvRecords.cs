using nietras.SeparatedValues;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Splits CSV text into records with Sep (docs/adr/0012-csv-on-sep.md). Sep finds the rows, the cells and the lines
/// they start on; the format's own rules stay here: quotes read as RFC 4180 (<see cref="CsvQuotes"/>), and a record
/// whose quotes cannot be read is reported on its own line, reading resuming on the next physical line, so one
/// stray quote spoils one line only instead of swallowing the lines after it into one cell.
/// </summary>
internal sealed class CsvRecords
{
    private readonly string _text;
    private readonly char _separator;
    private readonly long _maxRecords;

    // Quotes are left in: Sep's unescaping would hide a quote that is not closed or out of place.
    private readonly SepReaderOptions _options;
    private readonly List<CsvRecord> _records = [];
    private int _kept;

    private CsvRecords(string text, char separator, long maxRecords)
    {
        _text = text;
        _separator = separator;
        _maxRecords = maxRecords;
        _options = Sep.New(separator).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = false });
    }

    /// <summary>
    /// The records of the text, or its first ones past <paramref name="maxRecords"/> that are not blank: a file with
    /// more is refused whole, and a stray quote on each of a million lines would otherwise start Sep a million times.
    /// </summary>
    public static List<CsvRecord> Read(string text, char separator, long maxRecords = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new CsvRecords(text, separator, maxRecords);
        (int Position, int LinesBefore)? start = (0, 0);
        while (start is { } from && from.Position < text.Length)
        {
            start = records.ReadFrom(from.Position, from.LinesBefore);
        }

        return records._records;
    }

    /// <summary>Reads records to the end of the text, or to a broken record that ran over its line: then where to start again.</summary>
    private (int Position, int LinesBefore)? ReadFrom(int position, int linesBefore)
    {
        using var reader = _options.From(new StringTailReader(_text, position));
        foreach (var row in reader)
        {
            if (_kept > _maxRecords)
            {
                return null;
            }

            // The first row starts on the first line; Sep 0.18 gives its LineNumberFrom as the line after it.
            var line = linesBefore + (row.RowIndex == 0 ? 1 : row.LineNumberFrom);
            var fields = new string[row.ColCount];
            string? code = null;
            for (var i = 0; i < fields.Length && code is null; i++)
            {
                fields[i] = CsvQuotes.Unquote(row[i].Span, _separator, out code)!;
            }

            var record = code is null ? new CsvRecord(line, fields) : CsvRecord.Broken(line, code);
            _records.Add(record);
            _kept += record.IsBlank ? 0 : 1;
            if (code is not null && linesBefore + row.LineNumberToExcl - 1 > line)
            {
                return (LineAfter(position, line - linesBefore), line);
            }
        }

        return null;
    }

    /// <summary>Where the line after the given one starts, counting '\r\n', '\r' and '\n' as Sep does; the end of the text if none.</summary>
    private int LineAfter(int position, int lines)
    {
        for (var n = 0; n < lines; n++)
        {
            var next = _text.AsSpan(position).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                return _text.Length;
            }

            position += next;
            position += _text[position] == '\r' && position + 1 < _text.Length && _text[position + 1] == '\n' ? 2 : 1;
        }

        return position;
    }
}
