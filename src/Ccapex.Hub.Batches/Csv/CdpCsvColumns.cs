using Ccapex.Hub.Charter;
using System.Globalization;
using System.Text;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// The columns of a CDP batch file (docs/cdp-batch-format.md), by their canonical header. Headers are matched
/// after <see cref="Normalise"/>: case, accents, spaces and punctuation do not matter ("Référence acte" is
/// reference_acte), and a few names office software commonly uses are accepted as aliases.
/// </summary>
public static class CdpCsvColumns
{
    public const string ActReference = "reference_acte";
    public const string OfficeCode = "code_etude";
    public const string OfficeName = "nom_etude";
    public const string OfficeEmail = "email_etude";
    public const string DeliveredOn = "date_signification";
    public const string LandlordKind = "bailleur_type";
    public const string LandlordName = "bailleur_nom";
    public const string LandlordSiren = "bailleur_siren";
    public const string LandlordStreet = "bailleur_adresse";
    public const string LandlordPostalCode = "bailleur_code_postal";
    public const string LandlordCity = "bailleur_ville";
    public const string Street = "adresse";
    public const string Complement = "complement";
    public const string PostalCode = "code_postal";
    public const string City = "ville";
    public const string HouseholdSize = "taille_menage";
    public const string MonthlyRent = "loyer_mensuel";
    public const string MonthlyCharges = "charges_mensuelles";
    public const string ArrearsAmount = "montant_dette";
    public const string ArrearsMonths = "mois_impayes";
    public const string HousingBenefit = "aide_logement";
    public const string CafAllocataireNumber = "numero_allocataire";
    public const string BenefitPaidToLandlord = "tiers_payant";

    /// <summary>Tenants named on the lease: locataire_nom/locataire_prenom, then locataire2_... up to this many.</summary>
    public const int MaxTenants = 6;

    public static string TenantLastName(int tenant) => tenant == 1 ? "locataire_nom" : $"locataire{tenant}_nom";

    public static string TenantFirstName(int tenant) => tenant == 1 ? "locataire_prenom" : $"locataire{tenant}_prenom";

    /// <summary>Columns every file must have (a cell may still be empty where the value is optional).</summary>
    public static IReadOnlyList<string> Required { get; } =
    [
        ActReference, OfficeCode, OfficeName, DeliveredOn, LandlordKind, LandlordName, TenantLastName(1), TenantFirstName(1),
        Street, PostalCode, City, HouseholdSize, MonthlyRent, MonthlyCharges, ArrearsAmount, ArrearsMonths,
    ];

    /// <summary>Every column, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ActReference, OfficeCode, OfficeName, OfficeEmail, DeliveredOn,
        LandlordKind, LandlordName, LandlordSiren, LandlordStreet, LandlordPostalCode, LandlordCity,
        .. Enumerable.Range(1, MaxTenants).SelectMany(n => new[] { TenantLastName(n), TenantFirstName(n) }),
        Street, Complement, PostalCode, City, HouseholdSize,
        MonthlyRent, MonthlyCharges, ArrearsAmount, ArrearsMonths,
        HousingBenefit, CafAllocataireNumber, BenefitPaidToLandlord,
    ];

    private static readonly Dictionary<string, string> Aliases = BuildAliases();

    /// <summary>The canonical column a header names, or null when it names none.</summary>
    public static string? Canonical(string header) => Aliases.GetValueOrDefault(Normalise(header));

    /// <summary>Lower case, no accents, every run of other characters turned into one '_': "N° d'allocataire" is n_d_allocataire.</summary>
    public static string Normalise(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return MatchText.Fold(header).Replace(' ', '_').ToLowerInvariant();
    }

    /// <summary>
    /// The column behind a field path of <see cref="Validation.SubmitCdpNotificationValidator"/>, so that a CSV line's
    /// errors name the column the sender filled in ("household.tenants[1].lastName" is locataire2_nom).
    /// </summary>
    public static string ForField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (field.StartsWith("household.tenants[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (close > 0 && int.TryParse(field.AsSpan(18, close - 18), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return field.EndsWith(".firstName", StringComparison.Ordinal) ? TenantFirstName(index + 1) : TenantLastName(index + 1);
            }
        }

        return field switch
        {
            "actReference" => ActReference,
            "bailiffOffice.officeCode" => OfficeCode,
            "bailiffOffice.name" => OfficeName,
            "bailiffOffice.email" => OfficeEmail,
            "deliveredOn" => DeliveredOn,
            "landlord.kind" => LandlordKind,
            "landlord.name" => LandlordName,
            "landlord.siren" => LandlordSiren,
            "landlord.address.street" => LandlordStreet,
            "landlord.address.postalCode" => LandlordPostalCode,
            "landlord.address.city" => LandlordCity,
            "household.tenants" => TenantLastName(1),
            "household.address.street" => Street,
            "household.address.complement" => Complement,
            "household.address.postalCode" => PostalCode,
            "household.address.city" => City,
            "household.size" => HouseholdSize,
            "monthlyRent" => MonthlyRent,
            "monthlyCharges" => MonthlyCharges,
            "arrearsAmount" => ArrearsAmount,
            "arrearsMonths" => ArrearsMonths,
            "housingBenefit" => HousingBenefit,
            "cafAllocataireNumber" => CafAllocataireNumber,
            "benefitPaidToLandlord" => BenefitPaidToLandlord,
            _ => field,
        };
    }

    private static Dictionary<string, string> BuildAliases()
    {
        var aliases = All.ToDictionary(c => c, c => c, StringComparer.Ordinal);

        // Names seen in office software exports; each maps to one column, never to two.
        void Alias(string column, params string[] names)
        {
            foreach (var name in names)
            {
                aliases.Add(Normalise(name), column);
            }
        }

        Alias(ActReference, "ref_acte", "reference_de_l_acte", "numero_acte");
        Alias(DeliveredOn, "date_de_signification", "date_acte");
        Alias(LandlordPostalCode, "bailleur_cp");
        Alias(TenantLastName(1), "locataire1_nom", "nom_locataire");
        Alias(TenantFirstName(1), "locataire1_prenom", "prenom_locataire");
        Alias(Complement, "complement_adresse");
        Alias(PostalCode, "cp");
        Alias(HouseholdSize, "nombre_personnes", "nb_personnes");
        Alias(ArrearsAmount, "dette", "montant_impayes");
        Alias(ArrearsMonths, "nombre_mois_impayes", "nb_mois_impayes");
        Alias(CafAllocataireNumber, "numero_caf", "n_allocataire");
        return aliases;
    }
}
