using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// The words accepted for the enum columns, already normalised (<see cref="CdpCsvColumns.Normalise"/>). The first
/// word of each value is the documented one; the contract's own names are accepted too.
/// </summary>
internal static class CdpCsvWords
{
    public static IReadOnlyDictionary<string, LandlordKind> LandlordKinds { get; } = Words(
        (LandlordKind.PrivatePerson, ["personne_physique", "particulier", "physique", "pp", "sci_familiale", "privateperson"]),
        (LandlordKind.Company, ["societe", "personne_morale", "entreprise", "pm", "company"]),
        (LandlordKind.SocialLandlord, ["bailleur_social", "social", "hlm", "sociallandlord"]));

    public static IReadOnlyDictionary<string, HousingBenefitStatus> HousingBenefits { get; } = Words(
        (HousingBenefitStatus.Received, ["oui", "percue", "recue", "received"]),
        (HousingBenefitStatus.NotReceived, ["non", "aucune", "notreceived"]),
        (HousingBenefitStatus.Suspended, ["suspendue", "suspendu", "suspended"]),
        (HousingBenefitStatus.Requested, ["demandee", "demande", "en_cours", "requested"]),
        (HousingBenefitStatus.Unknown, ["inconnu", "inconnue", "nsp", "unknown"]));

    private static Dictionary<string, T> Words<T>(params (T Value, string[] Words)[] values)
        where T : struct, Enum
    {
        var words = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, names) in values)
        {
            foreach (var name in names)
            {
                words.Add(name, value);
            }
        }

        return words;
    }
}
