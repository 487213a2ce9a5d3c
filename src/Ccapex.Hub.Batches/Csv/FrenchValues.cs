using System.Globalization;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Reads cell values as French office software writes them: "1 234,56" or "1234.56" (and a trailing "€"),
/// "14/01/2025", "oui"/"non". Each parser says false rather than guessing: a value read wrong is worse than one refused.
/// </summary>
public static class FrenchValues
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// An amount: spaces (also non-breaking ones) group thousands; ',' or '.' is the decimal separator; when both
    /// appear, the last one is, and the other must group thousands. "1.234" is refused as an amount in euros has
    /// at most two decimals, so it is never read as 1234.
    /// </summary>
    public static bool TryParseDecimal(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F')).ToArray());
        if (compact.EndsWith('€'))
        {
            compact = compact[..^1];
        }

        var lastComma = compact.LastIndexOf(',');
        var lastDot = compact.LastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0)
        {
            var (decimalSeparator, groupSeparator) = lastComma > lastDot ? (',', '.') : ('.', ',');
            var integerPart = compact[..compact.LastIndexOf(decimalSeparator)];
            if (!GroupsOfThousands(integerPart, groupSeparator))
            {
                return false;
            }

            compact = compact.Replace(groupSeparator.ToString(), string.Empty, StringComparison.Ordinal);
        }

        compact = compact.Replace(',', '.');
        return compact.Count(c => c == '.') <= 1
            && compact.Length > 0
            && decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseInteger(string text, out int value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>dd/mm/yyyy (also with '-' or '.', or without leading zeros), or ISO yyyy-mm-dd; a spreadsheet's " 00:00" is ignored. Two-digit years are refused.</summary>
    public static bool TryParseDate(string text, out DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var date = text.Trim();
        foreach (var midnight in (string[])[" 00:00:00", " 00:00"])
        {
            if (date.EndsWith(midnight, StringComparison.Ordinal))
            {
                date = date[..^midnight.Length];
                break;
            }
        }

        return DateOnly.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>oui/non, o/n, yes/no, vrai/faux, true/false, 1/0, x (a ticked box); empty is null (unknown).</summary>
    public static bool TryParseBoolean(string text, out bool? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        switch (CdpCsvColumns.Normalise(text))
        {
            case "":
                value = null;
                return true;
            case "oui" or "o" or "yes" or "y" or "vrai" or "true" or "1" or "x":
                value = true;
                return true;
            case "non" or "n" or "no" or "faux" or "false" or "0":
                value = false;
                return true;
            default:
                value = null;
                return false;
        }
    }

    /// <summary>Two groups of digits separated by <paramref name="separator"/> are thousands only if every group after the first has three digits.</summary>
    private static bool GroupsOfThousands(string integerPart, char separator)
    {
        var groups = integerPart.TrimStart('-', '+').Split(separator);
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
