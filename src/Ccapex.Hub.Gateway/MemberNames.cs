using System.Globalization;
using System.Text;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// Folds a JSON member name to the name it looks like: without white space, control or format characters, with
/// fullwidth forms and the usual Cyrillic, Greek and Latin look-alikes replaced by the ASCII letter, in lower case.
/// "Sender", " sender", "ｓｅｎｄｅｒ" and "ѕеnder" (Cyrillic) all fold to "sender". string.Normalize cannot do this
/// here: with InvariantGlobalization it leaves text as it is.
/// </summary>
internal static class MemberNames
{
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        // Cyrillic
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['һ'] = 'h',
        ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l', ['ɡ'] = 'g',
        ['А'] = 'a', ['В'] = 'b', ['Е'] = 'e', ['К'] = 'k', ['М'] = 'm', ['Н'] = 'h', ['О'] = 'o', ['Р'] = 'p', ['С'] = 'c',
        ['Т'] = 't', ['У'] = 'y', ['Х'] = 'x', ['Ѕ'] = 's', ['І'] = 'i', ['Ј'] = 'j', ['Ԁ'] = 'd',

        // Greek
        ['α'] = 'a', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x',
        ['Α'] = 'a', ['Β'] = 'b', ['Ε'] = 'e', ['Ζ'] = 'z', ['Η'] = 'h', ['Ι'] = 'i', ['Κ'] = 'k', ['Μ'] = 'm', ['Ν'] = 'n',
        ['Ο'] = 'o', ['Ρ'] = 'p', ['Τ'] = 't', ['Υ'] = 'y', ['Χ'] = 'x',

        // Latin and letter-like symbols
        ['ſ'] = 's', ['ı'] = 'i', ['ȷ'] = 'j', ['\u212A'] = 'k', ['\u212B'] = 'a', ['ℯ'] = 'e', ['ℴ'] = 'o',
    };

    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control)
            {
                continue;
            }

            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : LookAlikes.GetValueOrDefault(c, c);
            folded.Append(char.ToLowerInvariant(ascii));
        }

        return folded.ToString();
    }

    /// <summary>A name as it may appear in a message to the partner: printable ASCII kept, anything else as '?'.</summary>
    public static string Printable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var shown = name.Length > 64 ? name[..64] : name;
        return string.Concat(shown.Select(c => c is >= ' ' and <= '~' and not '"' and not '\'' ? c : '?'));
    }
}
