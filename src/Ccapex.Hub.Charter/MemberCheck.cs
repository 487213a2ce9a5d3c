using System.Collections.Concurrent;
using System.Reflection;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// What a member organisation may say (ADR 0014): it is one the rules list, and the landlord or bailiff office a
/// message names is its own. A social landlord refers its own tenants; a bailiff office reports its own acts. A
/// role without members (the bailiffs' chamber, which submits for every office) names any.
/// </summary>
public static class MemberCheck
{
    /// <summary>The body's sender is no identity of the rules: a member they do not list, or a role whose members connect one by one.</summary>
    public const string SenderUnknown = "rule.sender_unknown";

    /// <summary>A member names a landlord or a bailiff office that is not its own.</summary>
    public const string MemberMismatch = "rule.member_mismatch";

    private static readonly ConcurrentDictionary<Type, (PropertyInfo[] Landlords, PropertyInfo[] Offices)> Properties = new();

    /// <summary>Null when the sender may send this message as itself; else the stable code and a reason without values.</summary>
    public static ContentRefusal? Check(CharterRules rules, IPartnerMessage message)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(message);
        var sender = message.Sender;
        var type = message.GetType();
        if (!rules.IsIdentity(sender))
        {
            return new ContentRefusal(SenderUnknown, sender.IsMember || !rules.HasMembers(sender)
                ? $"{sender} is no partner of the charter rules."
                : $"{sender}'s organisations each send in their own name ({string.Join(", ", rules.MembersOf(sender).Select(m => m.Code))}).");
        }

        if (rules.MemberOf(sender) is not { } member)
        {
            return null;
        }

        var (landlords, offices) = Properties.GetOrAdd(type, static t => (
            [.. t.GetProperties().Where(p => p.PropertyType == typeof(Landlord))],
            [.. t.GetProperties().Where(p => p.PropertyType == typeof(BailiffOffice))]));
        if (member.LandlordSirens.Count > 0
            && landlords.Select(p => p.GetValue(message) as Landlord).Any(l => l?.Siren is not null && !member.Lets(l)))
        {
            return new ContentRefusal(MemberMismatch, $"{sender} sends {type.Name} about a landlord (by its SIREN) that is not one of its own.");
        }

        if (member.OfficeCodes.Count > 0
            && offices.Select(p => p.GetValue(message) as BailiffOffice).Any(o => o is not null && !member.Runs(o)))
        {
            return new ContentRefusal(MemberMismatch, $"{sender} sends {type.Name} for a bailiff office that is not one of its own.");
        }

        return null;
    }
}
