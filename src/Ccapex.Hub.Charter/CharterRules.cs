using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>The charter's routing rules, loaded and validated from contracts/charter/charter-rules.json.</summary>
public sealed class CharterRules
{
    private readonly Dictionary<string, FlowRule> _byFlow;
    private readonly Dictionary<Type, FlowRule> _byMessage;

    public CharterRules(int version, string source, IReadOnlyList<FlowRule> flows, ReachRule? reach = null)
    {
        Reach = reach ?? ReachRule.Default;
        Version = version;
        Source = source;
        Flows = flows;
        _byFlow = flows.ToDictionary(f => f.Flow, StringComparer.Ordinal);
        _byMessage = flows.ToDictionary(f => f.Message);
        var named = flows
            .SelectMany(f => f.Senders.Concat(f.Recipients.SelectMany(r => r.Partner is { } p ? r.Among.Append(p) : r.Among)))
            .ToHashSet();
        Partners = [.. PartnerCode.All.Where(named.Contains)];
    }

    /// <summary>Every partner the rules name as a sender or a recipient, in the charter's order: who has an account and a queue.</summary>
    public IReadOnlyList<PartnerCode> Partners { get; }

    public int Version { get; }

    public string Source { get; }

    public IReadOnlyList<FlowRule> Flows { get; }

    /// <summary>Which partner may reach which dossier beyond those it is involved in.</summary>
    public ReachRule Reach { get; }

    public FlowRule this[string flow] => _byFlow.TryGetValue(flow, out var rule)
        ? rule
        : throw new KeyNotFoundException($"No charter rule for flow '{flow}'.");

    public FlowRule ForMessage(Type messageType) => _byMessage.TryGetValue(messageType, out var rule)
        ? rule
        : throw new KeyNotFoundException($"No charter rule for message type '{messageType.Name}'.");

    public FlowRule ForMessage<T>() => ForMessage(typeof(T));
}
