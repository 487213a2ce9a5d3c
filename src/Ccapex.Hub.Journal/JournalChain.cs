using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Ccapex.Hub.Journal;

/// <summary>
/// The chain's arithmetic, shared by the sealer and the verifier: a row's hash is SHA-256 over the previous row's hash
/// (32 zero bytes before the first), the row's position (8 bytes, big-endian) and its canonical bytes: every recorded
/// column (not its id nor its seal), each length-prefixed, in a fixed order. Editing a byte, moving a row or
/// dropping one changes the hash of that position and so of every later one.
/// </summary>
public static class JournalChain
{
    public static readonly byte[] Genesis = new byte[32];

    private static readonly byte[] Version = "ccapex-journal/1"u8.ToArray();

    /// <summary>The hash of <paramref name="row"/> at <paramref name="position"/> after <paramref name="previous"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> previous, long position, JournalRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var buffer = new ArrayBufferWriter<byte>(512);
        Write(buffer, previous);
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), position);
        buffer.Advance(8);
        Canonical(buffer, row);
        return SHA256.HashData(buffer.WrittenSpan);
    }

    /// <summary>The row's canonical bytes (what its hash covers besides the chain).</summary>
    public static void Canonical(IBufferWriter<byte> buffer, JournalRow row)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentNullException.ThrowIfNull(row);
        Write(buffer, Version);
        Text(buffer, row.Key);
        Text(buffer, row.Kind);
        Instant(buffer, row.RecordedAt);
        Text(buffer, row.Edge);
        Text(buffer, row.Partner);
        Text(buffer, row.MessageType);
        Text(buffer, row.Flow);
        Id(buffer, row.DossierId);
        Id(buffer, row.MessageId);
        Text(buffer, row.BodySha256);
        Text(buffer, row.Outcome);
        Text(buffer, row.View);
        Instant(buffer, row.HandedAt);
        Instant(buffer, row.ConfirmedAt);
    }

    public static string ToHex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);

    private static void Write(IBufferWriter<byte> buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }

    // Length-prefixed UTF-8; -1 for null, so null and "" differ and no two field sequences give the same bytes.
    private static void Text(IBufferWriter<byte> buffer, string? text)
    {
        if (text is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), -1);
            buffer.Advance(4);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(text);
        var span = buffer.GetSpan(4 + length);
        BinaryPrimitives.WriteInt32BigEndian(span, length);
        Encoding.UTF8.GetBytes(text, span[4..]);
        buffer.Advance(4 + length);
    }

    private static void Id(IBufferWriter<byte> buffer, Guid? id)
    {
        var span = buffer.GetSpan(17);
        span[0] = id is null ? (byte)0 : (byte)1;
        (id ?? Guid.Empty).TryWriteBytes(span[1..], bigEndian: true, out _);
        buffer.Advance(17);
    }

    // UTC ticks as the store gives them back (PostgreSQL keeps microseconds): the sealer hashes what it read.
    private static void Instant(IBufferWriter<byte> buffer, DateTimeOffset? instant)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), instant?.UtcTicks ?? long.MinValue);
        buffer.Advance(8);
    }
}
