using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Intake;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// Whether a partner may act on a dossier the intake found for its message (issue 10, item 3, under the rules'
/// <see cref="ReachRule"/>). A partner that may not is answered exactly as if the dossier did not exist, so that
/// no answer tells it whether a household it has nothing to do with has a dossier.
/// </summary>
public static class DossierReach
{
    public static bool Allows(CharterRules rules, FlowRule rule, Dossier dossier, IPartnerMessage message)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(message);
        var reach = rules.Reach;
        var sender = message.Sender;
        if (string.IsNullOrEmpty(dossier.OpenedBy) || reach.EveryDossier.Contains(sender.Role) || dossier.InvolvedPartners.Contains(sender))
        {
            return true;
        }

        // A member organisation reaches its own tenants' dossiers and its own acts' (ADR 0014), and no other by act:
        // another office's act reference proves nothing of its own.
        var member = rules.MemberOf(sender);
        if (member is not null && DossierMembers.Owns(member, dossier))
        {
            return true;
        }

        // The act proves the sender's own knowledge of the procedure, with or without the dossier's id.
        var (given, keys) = DossierMatchKeys.For(message);
        if (member is null && reach.ByActReference.Contains(sender)
            && keys.Any(k => k.StartsWith(DossierMatchKeys.ActKeyPrefix, StringComparison.Ordinal)
                && dossier.CdpActReferences.Any(a => DossierMatchKeys.ActKeyPrefix + MatchText.Fold(a) == k)))
        {
            return true;
        }

        if (given is not null)
        {
            return false;
        }

        // Matched by the household's own identity, which the sender brought, under a flow that would have opened
        // the dossier otherwise: the answer is the same either way.
        return rule.OpensDossier && keys.Any(k => k.StartsWith(DossierMatchKeys.HouseholdKeyPrefix, StringComparison.Ordinal));
    }

    /// <summary>The refusal the intake gives when there is no such dossier, word for word.</summary>
    public static (string Code, string Reason) AsIfUnknown(FlowRule rule, IPartnerMessage message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(message);
        var (given, _) = DossierMatchKeys.For(message);
        return given is { } id
            ? (RejectionCodes.DossierUnknown, UnknownReason(id))
            : (RejectionCodes.DossierNotFound, NotFoundReason(message.GetType()));
    }

    public static string UnknownReason(Guid dossierId) => $"No dossier {dossierId} is known to the hub.";

    public static string NotFoundReason(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return $"{messageType.Name} names no dossier the hub knows: give dossierId or the CDP act reference.";
    }
}
