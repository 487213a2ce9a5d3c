using System.Text;

namespace Ccapex.Hub.Charter;

/// <summary>
/// The one text folding the hub matches with: names, streets, act references and CSV headers are compared after
/// it, so no two parts of the hub can disagree on whether two spellings are the same. Upper case, Latin letters
/// without their accents (ligatures as two letters), combining marks dropped (a decomposed "É" folds as the
/// composed one), every run of other characters one space, no space at either end.
/// </summary>
/// <remarks>
/// A table, not Unicode decomposition: the hub runs with invariant globalization, where
/// <see cref="string.Normalize()"/> is not available to strip accents.
/// </remarks>
public static class MatchText
{
    /// <summary>"Lefèvre-Œuvray  d'Ornano" → "LEFEVRE OEUVRAY D ORNANO".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsCombiningMark(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(FoldLetter(char.ToUpperInvariant(c)));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded text without spaces: "Lefèvre-Œuvray" → "LEFEVREOEUVRAY".</summary>
    public static string Compact(string? text) => Fold(text).Replace(" ", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// One letter without its accent, case kept ("é" → "e", "Œ" → "OE"); any other character as it is. For callers
    /// that fold but must keep case and punctuation (the CSV header words).
    /// </summary>
    public static string FoldLetter(char c) => c switch
    {
        'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => "A",
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
        'Æ' => "AE",
        'æ' => "ae",
        'Ç' => "C",
        'ç' => "c",
        'È' or 'É' or 'Ê' or 'Ë' => "E",
        'è' or 'é' or 'ê' or 'ë' => "e",
        'Ì' or 'Í' or 'Î' or 'Ï' => "I",
        'ì' or 'í' or 'î' or 'ï' => "i",
        'Ñ' => "N",
        'ñ' => "n",
        'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' => "O",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
        'Œ' => "OE",
        'œ' => "oe",
        'Ù' or 'Ú' or 'Û' or 'Ü' => "U",
        'ù' or 'ú' or 'û' or 'ü' => "u",
        'Ý' or 'Ÿ' => "Y",
        'ý' or 'ÿ' => "y",
        'ß' => "SS",
        _ => c.ToString(),
    };

    /// <summary>Combining diacritical marks (U+0300 to U+036F): what a decomposed accent is made of.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
