using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>
/// One signatory of the charter (or a service the hub delivers to), or one member organisation under a role
/// ("BAILLEUR_SOCIAL.PARIS_HABITAT": one social landlord among those the AORIF signs for). Serialized as its code
/// string. Unknown roles are refused at parse time so a typo never becomes a new partner; whether a member exists
/// is the charter rules' to say (ADR 0014), and the intake refuses a member the rules do not list.
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

    /// <summary>The longest member name after the role's dot.</summary>
    public const int MaxMemberLength = 40;

    private PartnerCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>True for a member organisation ("ROLE.MEMBER"), false for a role.</summary>
    public bool IsMember => Value?.Contains('.', StringComparison.Ordinal) == true;

    /// <summary>The charter role this code acts under: itself for a role, the part before the dot for a member.</summary>
    public PartnerCode Role => IsMember ? new PartnerCode(Value[..Value.IndexOf('.', StringComparison.Ordinal)]) : this;

    /// <summary>A member under a role; the name is upper-case letters, digits and '_' (at most <see cref="MaxMemberLength"/>).</summary>
    public static PartnerCode Member(PartnerCode role, string name) =>
        TryParse($"{role.Value}.{name}", out var member) && member.IsMember
            ? member
            : throw new FormatException($"'{role.Value}.{name}' is no member code: a role, a dot and up to {MaxMemberLength} of A-Z, 0-9, _.");

    public static PartnerCode Parse(string code)
    {
        if (TryParse(code, out var partner))
        {
            return partner;
        }

        throw new FormatException($"Unknown partner code '{code}'. Known codes: {string.Join(", ", All)}, or a member of one as ROLE.MEMBER.");
    }

    public static bool TryParse(string? code, out PartnerCode partner)
    {
        var dot = code?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot > 0 && TryParse(code![..dot], out var role) && !role.IsMember && IsMemberName(code.AsSpan(dot + 1)))
        {
            partner = new PartnerCode(code);
            return true;
        }

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

    private static bool IsMemberName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > MaxMemberLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
