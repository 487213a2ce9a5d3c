using System.Globalization;

namespace Ccapex.Hub.Validation;

/// <summary>
/// Characters no text field may hold: they are invisible, or change how the text around them is displayed
/// (a right-to-left override makes "ABC" read "CBA" in a caseworker's screen), or end a line in a one-line field.
/// </summary>
public static class ForbiddenCharacters
{
    /// <summary>The first forbidden character of <paramref name="text"/> and its position, or null when there is none.</summary>
    /// <param name="allowNewLine">True for multi-line fields: \n and \r\n (Windows software's line break) are then allowed, a lone \r is not.</param>
    public static (int Index, string What)? Find(string text, bool allowNewLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (allowNewLine && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                continue;
            }

            if (Describe(c, allowNewLine) is { } what)
            {
                return (i, $"U+{(int)c:X4}, {what}");
            }
        }

        return null;
    }

    private static string? Describe(char c, bool allowNewLine)
    {
        if (c == '\n' && allowNewLine)
        {
            return null;
        }

        if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
        {
            return "a bidirectional override or isolate";
        }

        // Category Cf covers U+200B-U+200F (zero-width, marks), U+2060-U+2064, U+FEFF and the soft hyphen.
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control => c == '\0' ? "NUL" : "a control character",
            UnicodeCategory.Format => "an invisible format character",
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "a line separator",
            UnicodeCategory.Surrogate => "half of a broken surrogate pair",
            _ => c is '\uFFFE' or '\uFFFF' ? "a non-character" : null,
        };
    }
}
