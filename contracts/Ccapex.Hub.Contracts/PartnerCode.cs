using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>
/// One signatory of the charter (or a service the hub delivers to). Serialized as its code string,
/// e.g. "HUISSIERS". Unknown codes are refused at parse time so a typo never becomes a new partner.
/// </summary>
[JsonConverter(typeof(PartnerCodeJsonConverter))]
public readonly record struct PartnerCode
{
    public static readonly PartnerCode Drihl = new("DRIHL");
    public static readonly PartnerCode Departement = new("DEPARTEMENT");
    public static readonly PartnerCode PrefecturePolice = new("PREFECTURE_POLICE");
    public static readonly PartnerCode Caf = new("CAF");
    public static readonly PartnerCode BailleurSocial = new("BAILLEUR_SOCIAL");
    public static readonly PartnerCode Huissiers = new("HUISSIERS");
    public static readonly PartnerCode ActionLogement = new("ACTION_LOGEMENT");
    public static readonly PartnerCode Adil75 = new("ADIL75");
    public static readonly PartnerCode FapEsh = new("FAP_ESH");
    public static readonly PartnerCode Fapil = new("FAPIL");
    public static readonly PartnerCode FasIdf = new("FAS_IDF");
    public static readonly PartnerCode Fnaim = new("FNAIM");
    public static readonly PartnerCode Unpi75 = new("UNPI75");
    public static readonly PartnerCode Bdf = new("BDF");
    public static readonly PartnerCode Comed = new("COMED");

    /// <summary>The mail service that prints and posts letters to households (F2); not a signatory.</summary>
    public static readonly PartnerCode LetterService = new("LETTER_SERVICE");

    /// <summary>Every code the hub knows, in the charter's order.</summary>
    public static IReadOnlyList<PartnerCode> All { get; } =
    [
        Drihl, Departement, PrefecturePolice, Caf, BailleurSocial, Huissiers, ActionLogement, Adil75,
        FapEsh, Fapil, FasIdf, Fnaim, Unpi75, Bdf, Comed, LetterService,
    ];

    private PartnerCode(string value) => Value = value;

    public string Value { get; }

    public static PartnerCode Parse(string code)
    {
        if (TryParse(code, out var partner))
        {
            return partner;
        }

        throw new FormatException($"Unknown partner code '{code}'. Known codes: {string.Join(", ", All)}.");
    }

    public static bool TryParse(string? code, out PartnerCode partner)
    {
        foreach (var known in All)
        {
            if (string.Equals(known.Value, code, StringComparison.Ordinal))
            {
                partner = known;
                return true;
            }
        }

        partner = default;
        return false;
    }

    public override string ToString() => Value ?? string.Empty;
}
