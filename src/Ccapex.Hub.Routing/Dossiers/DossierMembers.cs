using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// Which member organisations of a role a dossier concerns (ADR 0014): the social landlord whose SIREN the CDP or
/// the assignation names, the bailiff offices that served its acts, and the members involved so far. The rules
/// speak of roles; a delivery to a role whose organisations connect one by one reaches these members only.
/// </summary>
public static class DossierMembers
{
    /// <summary>True when the dossier is about this member's own tenant or its own act.</summary>
    public static bool Owns(PartnerMember member, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(dossier);
        return member.Lets(dossier.Landlord) || dossier.BailiffOffices.Any(member.OfficeCodes.Contains);
    }

    /// <summary>
    /// Who a delivery addressed to <paramref name="code"/> reaches on this dossier: the code itself for a role
    /// without members or for a member; for a role with members, its members that own or are involved in the
    /// dossier (none when the dossier names none of them).
    /// </summary>
    public static IReadOnlyList<PartnerCode> Resolve(CharterRules rules, Dossier dossier, PartnerCode code)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(dossier);
        if (code.IsMember || !rules.HasMembers(code))
        {
            return [code];
        }

        return
        [
            .. rules.MembersOf(code).Where(m => Owns(m, dossier)).Select(m => m.Code)
                .Concat(dossier.InvolvedPartners.Where(p => p.IsMember && p.Role == code))
                .Distinct(),
        ];
    }
}
