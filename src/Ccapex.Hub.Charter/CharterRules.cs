using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>The charter's routing rules, loaded and validated from contracts/charter/charter-rules.json.</summary>
public sealed class CharterRules
{
    private readonly Dictionary<string, FlowRule> _byFlow;
    private readonly Dictionary<Type, FlowRule> _byMessage;

    private readonly Dictionary<PartnerCode, PartnerMember> _members;
    private Dictionary<string, PartnerCode>? _byExchange;

    public CharterRules(int version, string source, IReadOnlyList<FlowRule> flows, ReachRule? reach = null, IReadOnlyList<PartnerMember>? members = null)
    {
        Members = members ?? [];
        _members = Members.ToDictionary(m => m.Code);
        Reach = reach ?? ReachRule.Default;
        Version = version;
        Source = source;
        Flows = flows;
        _byFlow = flows.ToDictionary(f => f.Flow, StringComparer.Ordinal);
        _byMessage = flows.ToDictionary(f => f.Message);
        var named = NamedBy(flows);
        Roles = [.. PartnerCode.All.Where(named.Contains)];

        // A role whose organisations connect one by one (ADR 0014) has no identity of its own: its members do.
        Partners = [.. Roles.SelectMany(role => MembersOf(role) is { Count: > 0 } of ? of.Select(m => m.Code) : [role])];
    }

    /// <summary>
    /// Every identity the hub knows, in the charter's order: each role the rules name as a sender or a recipient,
    /// or, for a role with members, each member instead. Who has an account, a queue and a key.
    /// </summary>
    public IReadOnlyList<PartnerCode> Partners { get; }

    /// <summary>Every role the rules name as a sender or a recipient, in the charter's order.</summary>
    public IReadOnlyList<PartnerCode> Roles { get; }

    /// <summary>The organisations acting under a role with identities of their own, in the rules' order.</summary>
    public IReadOnlyList<PartnerMember> Members { get; }

    public int Version { get; }

    public string Source { get; }

    public IReadOnlyList<FlowRule> Flows { get; }

    /// <summary>Which partner may reach which dossier beyond those it is involved in.</summary>
    public ReachRule Reach { get; }

    /// <summary>Every role the flows name as a sender or a recipient.</summary>
    internal static HashSet<PartnerCode> NamedBy(IEnumerable<FlowRule> flows) =>
        [.. flows.SelectMany(f => f.Senders.Concat(f.Recipients.SelectMany(r => r.Partner is { } p ? r.Among.Append(p) : r.Among)))];

    /// <summary>True when the code is one of <see cref="Partners"/>: a member the rules list, or a role without members.</summary>
    public bool IsIdentity(PartnerCode code) => code.IsMember ? _members.ContainsKey(code) : Roles.Contains(code) && !HasMembers(code);

    /// <summary>The identity whose exchange this is (ccapex.partner.&lt;partner&gt;), or null when it names none.</summary>
    public PartnerCode? PublisherOf(string exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        _byExchange ??= Partners.ToDictionary(BrokerNames.PartnerExchange, StringComparer.Ordinal);
        return _byExchange.TryGetValue(exchange, out var partner) ? partner : null;
    }

    public bool HasMembers(PartnerCode role) => Members.Any(m => m.Role == role);

    public IReadOnlyList<PartnerMember> MembersOf(PartnerCode role) => [.. Members.Where(m => m.Role == role)];

    /// <summary>The member behind a code, or null for a role or a member the rules do not list.</summary>
    public PartnerMember? MemberOf(PartnerCode code) => _members.GetValueOrDefault(code);

    public FlowRule this[string flow] => _byFlow.TryGetValue(flow, out var rule)
        ? rule
        : throw new KeyNotFoundException($"No charter rule for flow '{flow}'.");

    public FlowRule ForMessage(Type messageType) => _byMessage.TryGetValue(messageType, out var rule)
        ? rule
        : throw new KeyNotFoundException($"No charter rule for message type '{messageType.Name}'.");

    public FlowRule ForMessage<T>() => ForMessage(typeof(T));
}
