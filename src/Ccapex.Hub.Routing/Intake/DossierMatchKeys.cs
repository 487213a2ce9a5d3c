using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// The documented matching keys, for a sender that does not know the hub's dossier id:
/// first the CDP act reference ("cdp:ACT-REF"), then the household ("household:NAMES|POSTCODE|STREET"):
/// tenants' family names sorted, postcode and street, upper-cased, without accents or punctuation.
/// The landlord is left out of the household key because the Préfecture's and the COMED's messages do not carry it.
/// </summary>
public static class DossierMatchKeys
{
    public const string ActKeyPrefix = "cdp:";

    public const string HouseholdKeyPrefix = "household:";

    public static (Guid? DossierId, IReadOnlyList<string> Keys) For(IPartnerMessage message) => message switch
    {
        SubmitCdpNotification m => (null, Keys(m.ActReference, m.Household)),
        NotifyAssignation m => (m.DossierId, Keys(m.CdpActReference, m.Household)),
        ReportDaloCfpRisk m => (m.DossierId, Keys(m.CdpActReference, m.Household)),
        SubmitComedReferral m => (m.DossierId, Keys(m.CdpActReference, m.Household)),
        SubmitComplexSituationReferral m => (m.DossierId, Keys(m.CdpActReference, m.Household)),
        SubmitLandlordReferral m => (m.DossierId, Keys(m.CdpActReference, m.Household)),
        ProcedureStageReached m => (m.DossierId, Keys(m.CdpActReference, null)),
        HousingBenefitRightsChecked m => (m.DossierId, []),
        CcapexExaminationConcluded m => (m.DossierId, []),
        OverindebtednessStatusReported m => (m.DossierId, []),
        SixMonthStatusReported m => (m.DossierId, []),
        SocialDiagnosisReported m => (m.DossierId, []),
        DaloBlockersReviewed m => (m.DossierId, []),
        _ => (null, []),
    };

    /// <summary>
    /// The keys a sender may look a dossier up by, and file under a dossier it opens: an act reference only from a
    /// partner the rules let reach dossiers by their acts (else a referral naming an act could file it first and
    /// draw the bailiffs' CDP into its own dossier).
    /// </summary>
    public static IReadOnlyList<string> UsableBy(IReadOnlyList<string> keys, PartnerCode sender, ReachRule reach)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(reach);
        return reach.ByActReference.Contains(sender.Role) ? keys : [.. keys.Where(k => !k.StartsWith(ActKeyPrefix, StringComparison.Ordinal))];
    }

    public static string DossierKey(Guid dossierId) => $"dossier:{dossierId:N}";

    private static List<string> Keys(string? actReference, Household? household)
    {
        var keys = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(actReference))
        {
            keys.Add(ActKeyPrefix + Normalise(actReference));
        }

        if (household is not null)
        {
            var names = string.Join(' ', household.Tenants.Select(t => Normalise(t.LastName)).Order(StringComparer.Ordinal));
            keys.Add($"{HouseholdKeyPrefix}{names}|{Normalise(household.Address.PostalCode)}|{Normalise(household.Address.Street)}");
        }

        return keys;
    }

    private static string Normalise(string text) => MatchText.Fold(text);
}
