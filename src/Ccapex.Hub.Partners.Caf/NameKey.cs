using System.Text;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>
/// A name as the matching compares it: upper case, French accents and ligatures folded, anything but letters
/// and digits dropped ("Lefèvre-Œuvray" → "LEFEVREOEUVRAY"). Done by table: the process runs with invariant
/// globalization, where Unicode normalisation of accents is not available.
/// </summary>
internal static class NameKey
{
    private const string Accented = "ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ";
    private const string Plain = "AAAAAACEEEEIIIINOOOOOUUUUYY";

    public static string Fold(string? text)
    {
        var key = new StringBuilder(text?.Length ?? 0);
        foreach (var c in (text ?? string.Empty).ToUpperInvariant())
        {
            var accented = Accented.IndexOf(c, StringComparison.Ordinal);
            if (accented >= 0)
            {
                key.Append(Plain[accented]);
            }
            else if (c == 'Œ')
            {
                key.Append("OE");
            }
            else if (c == 'Æ')
            {
                key.Append("AE");
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    /// <summary>The key of a person at a postal code: what identifies an allocataire when the listing has no number.</summary>
    public static string Person(string lastName, string firstName, string postalCode) => $"{Fold(lastName)}|{Fold(firstName)}|{postalCode.Trim()}";
}
