using System.Collections.Concurrent;

namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>
/// Message ids accepted recently, kept as long as a request carrying them could still pass the timestamp
/// check; older entries are dropped as new ones come (a sweep at most once per window), so the memory holds
/// one window of accepted ids at most twice over. In memory: one receiver process.
/// </summary>
internal sealed class SeenMessageIds(TimeSpan keepFor)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Records <paramref name="messageId"/>; false when it was already there (and not yet expired).</summary>
    public bool TryAdd(string messageId, DateTimeOffset now)
    {
        Sweep(now);
        while (true)
        {
            if (_seen.TryAdd(messageId, now))
            {
                return true;
            }

            if (_seen.TryGetValue(messageId, out var at) && now - at < keepFor)
            {
                return false;
            }

            // Expired: replace it atomically so two concurrent requests cannot both win.
            if (_seen.TryUpdate(messageId, now, at))
            {
                return true;
            }
        }
    }

    public void Remove(string messageId) => _seen.TryRemove(messageId, out _);

    public int Count => _seen.Count;

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + keepFor;
        foreach (var (id, at) in _seen)
        {
            if (now - at >= keepFor)
            {
                _seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, at));
            }
        }
    }
}
