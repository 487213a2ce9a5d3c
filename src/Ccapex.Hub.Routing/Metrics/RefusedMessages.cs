using System.Collections.Concurrent;

namespace Ccapex.Hub.Routing.Metrics;

/// <summary>
/// Partner messages the intake refused during their consume, kept from the refusal until the consume ends, so that the
/// count of messages in tells refused from accepted without a line in the intake.
/// </summary>
public sealed class RefusedMessages
{
    private readonly ConcurrentDictionary<Guid, byte> _refused = new();

    public void Add(Guid messageId) => _refused.TryAdd(messageId, 0);

    /// <summary>True once for a message refused since its consume began.</summary>
    public bool Take(Guid messageId) => _refused.TryRemove(messageId, out _);
}
