using System.Collections.Concurrent;

namespace Ccapex.Hub.Demo;

/// <summary>
/// What the simulated partners will do at a date of the hub's clock (an assignation seven weeks after a CDP, an
/// examination two months after it): checked a few times a second of real time, so compressed time drives them too.
/// </summary>
internal sealed class HubAgenda(TimeProvider clock)
{
    private readonly ConcurrentQueue<(DateTimeOffset At, Func<CancellationToken, Task> Action)> _incoming = new();
    private readonly List<(DateTimeOffset At, Func<CancellationToken, Task> Action)> _pending = [];

    public void After(TimeSpan hubDelay, Func<CancellationToken, Task> action) => _incoming.Enqueue((clock.GetUtcNow() + hubDelay, action));

    /// <summary>Runs what came due; called by one loop only.</summary>
    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        while (_incoming.TryDequeue(out var item))
        {
            _pending.Add(item);
        }

        var now = clock.GetUtcNow();
        var due = _pending.Where(p => p.At <= now).OrderBy(p => p.At).ToList();
        foreach (var item in due)
        {
            _pending.Remove(item);
            await item.Action(cancellationToken);
        }
    }
}
