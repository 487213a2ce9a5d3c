using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Provisioning;

/// <summary>What one partner gets on the broker: its user, exchange, queue, what it may publish, and its permissions.</summary>
public sealed record PartnerAccess
{
    public required PartnerCode Partner { get; init; }

    public required string User { get; init; }

    /// <summary>Topic exchange ccapex.partner.&lt;partner&gt;, the only one it may write to.</summary>
    public required string Exchange { get; init; }

    /// <summary>Durable queue ccapex.&lt;partner&gt;.in, the only one it may read.</summary>
    public required string Queue { get; init; }

    /// <summary>Routing key (kebab message type) to the hub's intake exchange of that type, one per type its role may send.</summary>
    public required IReadOnlyDictionary<string, string> Sends { get; init; }

    /// <summary>Regular expressions of the vhost permission.</summary>
    public required string Configure { get; init; }

    public required string Write { get; init; }

    public required string Read { get; init; }

    /// <summary>Topic permission on <see cref="Exchange"/>: the routing keys (message types) it may publish.</summary>
    public required string TopicWrite { get; init; }
}
