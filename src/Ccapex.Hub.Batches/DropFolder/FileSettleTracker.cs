namespace Ccapex.Hub.Batches.DropFolder;

/// <summary>
/// Tells when a file has stopped changing: its size and modification time unchanged across observations at
/// least the settle time apart. Watching the file rather than trusting its modification time alone, because
/// copies that keep the source's time (cp -p, unzip) show an old time while they are still writing.
/// </summary>
internal sealed class FileSettleTracker(TimeSpan settleTime)
{
    private readonly Dictionary<string, (long Size, DateTime Modified, DateTimeOffset Since)> _seen = new(StringComparer.Ordinal);

    /// <summary>Whether some file was seen and is still waiting to settle.</summary>
    public bool HasPending => _seen.Count > 0;

    public bool IsSettled(string path, long size, DateTime modified, DateTimeOffset now)
    {
        if (_seen.TryGetValue(path, out var seen) && seen.Size == size && seen.Modified == modified)
        {
            return now - seen.Since >= settleTime;
        }

        _seen[path] = (size, modified, now);
        return false;
    }

    public void Forget(string path) => _seen.Remove(path);

    /// <summary>Drops files that are no longer there (taken away by the sender, or processed).</summary>
    public void KeepOnly(IEnumerable<string> paths)
    {
        var present = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _seen.Keys.Where(p => !present.Contains(p)).ToList())
        {
            _seen.Remove(gone);
        }
    }
}
