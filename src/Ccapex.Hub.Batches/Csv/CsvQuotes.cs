using System.Text;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Reads one cell as Sep cut it, quotes left in (Sep pairs every '"' it meets, wherever it stands). The format's
/// reading is RFC 4180's: quotes count at the start of a cell only. Where both readings cut the line alike, a stray
/// '"' is kept as text (office software is sloppy there); where they do not, the cell is refused rather than guessed.
/// </summary>
internal static class CsvQuotes
{
    /// <summary>The cell's text, or null and the error code when its quotes cannot be read.</summary>
    public static string? Unquote(ReadOnlySpan<char> raw, char separator, out string? code)
    {
        code = null;
        if (!raw.Contains('"'))
        {
            return new string(raw);
        }

        if (raw[0] != '"')
        {
            return Plain(raw, separator, ref code) ? new string(raw) : null;
        }

        var text = new StringBuilder(raw.Length);
        var i = 1;
        while (true)
        {
            if (i >= raw.Length)
            {
                // Only the last record of a text can end inside quotes.
                code = CsvErrorCodes.QuoteUnterminated;
                return null;
            }

            var c = raw[i++];
            if (c == '"')
            {
                if (i < raw.Length && raw[i] == '"')
                {
                    text.Append('"');
                    i++;
                    continue;
                }

                break;
            }

            if (c == '\r' && i < raw.Length && raw[i] == '\n')
            {
                i++;
            }

            // Line breaks inside a cell are kept as '\n' whatever the file's convention.
            text.Append(c is '\r' ? '\n' : c);
        }

        // What follows the closing quote is text, as long as it did not make Sep read past a separator or line end.
        return Plain(raw[i..], separator, ref code) ? text.Append(raw[i..]).ToString() : null;
    }

    private static bool Plain(ReadOnlySpan<char> text, char separator, ref string? code)
    {
        if (text.IndexOfAny(separator, '\r', '\n') < 0)
        {
            return true;
        }

        code = CsvErrorCodes.QuoteMisplaced;
        return false;
    }
}
