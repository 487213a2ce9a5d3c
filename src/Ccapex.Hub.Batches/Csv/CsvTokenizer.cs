using System.Text;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Splits CSV text into records (RFC 4180 quoting: a quoted cell may hold the separator, doubled quotes and
/// line breaks). Lenient where office software is sloppy (a quote inside an unquoted cell is kept as text),
/// strict where a mistake would shift data (an unterminated quote is an error, not the rest of the file).
/// </summary>
internal sealed class CsvTokenizer(string text, char separator)
{
    private int _position;
    private int _line = 1;

    /// <summary>The separator of the header line: the most frequent of ';', ',' and tab outside quotes; ';' when none.</summary>
    public static char DetectSeparator(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text.TrimStart('\r', '\n'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        if (commas > semicolons && commas >= tabs)
        {
            return ',';
        }

        return tabs > semicolons ? '\t' : ';';
    }

    public IEnumerable<CsvRecord> Records()
    {
        while (_position < text.Length)
        {
            yield return ReadRecord();
        }
    }

    private CsvRecord ReadRecord()
    {
        var startLine = _line;
        var startPosition = _position;
        var fields = new List<string>();
        var cell = new StringBuilder();
        while (true)
        {
            cell.Clear();
            if (Peek() == '"' && !ReadQuoted(cell))
            {
                return SkipBrokenRecord(startLine, startPosition);
            }

            // Unquoted text, or what follows a closing quote, up to the separator or the end of the line.
            while (_position < text.Length && text[_position] != separator && text[_position] is not ('\r' or '\n'))
            {
                cell.Append(text[_position++]);
            }

            fields.Add(cell.ToString());
            if (_position < text.Length && text[_position] == separator)
            {
                _position++;
                continue;
            }

            ConsumeLineBreak();
            return new CsvRecord(startLine, fields);
        }
    }

    /// <summary>Reads a quoted cell from its opening quote to its closing one; false when the text ends first.</summary>
    private bool ReadQuoted(StringBuilder cell)
    {
        _position++;
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c == '"')
            {
                if (Peek(1) == '"')
                {
                    cell.Append('"');
                    _position += 2;
                    continue;
                }

                _position++;
                return true;
            }

            if (c is '\r' or '\n')
            {
                // Line breaks inside a cell are kept as '\n' whatever the file's convention.
                ConsumeLineBreak();
                cell.Append('\n');
                continue;
            }

            cell.Append(c);
            _position++;
        }

        return false;
    }

    /// <summary>
    /// An unterminated quote would swallow every following line into one cell. Instead the record is reported
    /// on its own line and reading resumes on the next physical line, so one stray quote spoils one line only.
    /// </summary>
    private CsvRecord SkipBrokenRecord(int startLine, int startPosition)
    {
        _position = startPosition;
        _line = startLine;
        while (_position < text.Length && text[_position] is not ('\r' or '\n'))
        {
            _position++;
        }

        ConsumeLineBreak();
        return new CsvRecord(startLine, [], "A quoted cell is not closed: a '\"' is missing.");
    }

    private void ConsumeLineBreak()
    {
        if (_position >= text.Length)
        {
            return;
        }

        if (text[_position] == '\r' && Peek(1) == '\n')
        {
            _position++;
        }

        _position++;
        _line++;
    }

    private char Peek(int offset = 0) => _position + offset < text.Length ? text[_position + offset] : '\0';
}
