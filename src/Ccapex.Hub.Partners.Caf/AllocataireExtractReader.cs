using System.Globalization;
using System.Text;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>
/// Reads the allocataires extract (docs/caf-allocataire-extract.md): UTF-8 (a BOM is allowed), ';' between
/// fields, a header naming the columns in any order. The extract is all or nothing: one faulty line refuses the
/// file, since a partial extract would report missing households as unknown to the CAF.
/// </summary>
public static class AllocataireExtractReader
{
    public const string Number = "numero_allocataire";
    public const string LastName = "nom";
    public const string FirstName = "prenom";
    public const string PostalCode = "code_postal";
    public const string Rights = "droits";
    public const string Children = "enfants_a_charge";

    private static readonly string[] Columns = [Number, LastName, FirstName, PostalCode, Rights, Children];

    /// <summary>The extract's words for the rights, and what they mean in the contract.</summary>
    private static readonly Dictionary<string, BenefitRightsStatus> RightsWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ouverts"] = BenefitRightsStatus.AlreadyOpen,
        ["retablis"] = BenefitRightsStatus.OpenedOrRestored,
        ["suspendus"] = BenefitRightsStatus.Suspended,
        ["non_eligible"] = BenefitRightsStatus.NotEligible,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The extract, or the errors that refuse it (at most <paramref name="maxErrors"/>).</summary>
    public static (AllocataireExtract? Extract, IReadOnlyList<ExtractError> Errors) Read(ReadOnlySpan<byte> bytes, int maxErrors = 50)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
        }
        catch (DecoderFallbackException invalid)
        {
            var line = 1 + bytes[..Math.Min(invalid.Index, bytes.Length)].Count((byte)'\n');
            return (null, [new ExtractError(line, "*", ExtractErrorCodes.EncodingInvalid,
                $"The file is not UTF-8 (byte {invalid.Index} cannot be read): export the extract as UTF-8.")]);
        }

        var lines = text.Split('\n');
        var header = lines[0].TrimEnd('\r').Split(';').Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = Columns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return (null, [new ExtractError(1, string.Join(",", missing), ExtractErrorCodes.HeaderInvalid,
                $"The header lacks the column(s) {string.Join(", ", missing)}; expected {string.Join(";", Columns)}.")]);
        }

        var errors = new List<ExtractError>();
        var rows = new List<(AllocataireRights, string)>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 1; index < lines.Length && errors.Count < maxErrors; index++)
        {
            var raw = lines[index].TrimEnd('\r');
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var row = ReadRow(index + 1, raw, header, errors);
            if (row is null)
            {
                continue;
            }

            if (numbers.TryGetValue(row.Value.Rights.AllocataireNumber, out var first))
            {
                errors.Add(new ExtractError(index + 1, Number, ExtractErrorCodes.NumberDuplicate,
                    $"Allocataire number already given on line {first}."));
                continue;
            }

            numbers[row.Value.Rights.AllocataireNumber] = index + 1;
            rows.Add(row.Value);
        }

        return errors.Count > 0 ? (null, errors) : (new AllocataireExtract(rows), []);
    }

    private static (AllocataireRights Rights, string PersonKey)? ReadRow(int line, string raw, List<string> header, List<ExtractError> errors)
    {
        var cells = raw.Split(';');
        if (cells.Length != header.Count)
        {
            errors.Add(new ExtractError(line, "*", ExtractErrorCodes.FieldCount, $"{cells.Length} field(s) where the header has {header.Count}."));
            return null;
        }

        var before = errors.Count;
        string Cell(string column)
        {
            var value = cells[header.IndexOf(column)].Trim();
            if (value.Length == 0)
            {
                errors.Add(new ExtractError(line, column, ExtractErrorCodes.ValueRequired, "The value is empty."));
            }

            return value;
        }

        var number = Cell(Number);
        var lastName = Cell(LastName);
        var firstName = Cell(FirstName);
        var postalCode = Cell(PostalCode);
        var rightsWord = Cell(Rights);
        var childrenText = Cell(Children);
        if (postalCode.Length > 0 && (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit)))
        {
            errors.Add(new ExtractError(line, PostalCode, ExtractErrorCodes.PostalCodeInvalid, $"'{postalCode}' is not a 5-digit postal code."));
        }

        if (rightsWord.Length > 0 && !RightsWords.ContainsKey(rightsWord))
        {
            errors.Add(new ExtractError(line, Rights, ExtractErrorCodes.ValueUnknown,
                $"'{rightsWord}' is not one of {string.Join(", ", RightsWords.Keys)}."));
        }

        var children = 0;
        if (childrenText.Length > 0 && (!int.TryParse(childrenText, NumberStyles.None, CultureInfo.InvariantCulture, out children) || children > 30))
        {
            errors.Add(new ExtractError(line, Children, ExtractErrorCodes.IntegerInvalid, $"'{childrenText}' is not a number of children (0 to 30)."));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var rights = new AllocataireRights { AllocataireNumber = number, Status = RightsWords[rightsWord], DependentChildren = children };
        return (rights, NameKey.Person(lastName, firstName, postalCode));
    }
}
