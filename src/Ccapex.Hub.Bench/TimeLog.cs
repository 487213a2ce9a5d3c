namespace Ccapex.Hub.Bench;

/// <summary>
/// One Stopwatch timestamp per sequence number (the CDP's number in its act reference), 0 while unset:
/// when it was published, or when its routed copy arrived. Grows in chunks; the first write wins.
/// </summary>
internal sealed class TimeLog
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private long[]?[] _chunks = new long[]?[64];
    private readonly object _grow = new();

    /// <summary>Sets the time of <paramref name="seq"/> unless already set; true when this call set it.</summary>
    public bool TrySet(long seq, long timestamp)
    {
        var chunk = Chunk(seq);
        return Interlocked.CompareExchange(ref chunk[seq & (ChunkSize - 1)], timestamp, 0) == 0;
    }

    public long Get(long seq)
    {
        var index = seq >> ChunkBits;
        var chunks = _chunks;
        return index < chunks.Length && chunks[index] is { } chunk ? Volatile.Read(ref chunk[seq & (ChunkSize - 1)]) : 0;
    }

    private long[] Chunk(long seq)
    {
        var index = (int)(seq >> ChunkBits);
        if (index < _chunks.Length && _chunks[index] is { } existing)
        {
            return existing;
        }

        lock (_grow)
        {
            if (index >= _chunks.Length)
            {
                Array.Resize(ref _chunks, Math.Max(index + 1, _chunks.Length * 2));
            }

            return _chunks[index] ??= new long[ChunkSize];
        }
    }
}
