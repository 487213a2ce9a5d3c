using System.Globalization;
using System.Text;

namespace Ccapex.Hub.Journal;

/// <summary>
/// A signed statement that the chain had <see cref="RowCount"/> rows ending at <see cref="Position"/> with hash
/// <see cref="LastHash"/> at <see cref="SignedAt"/> (whole milliseconds, which both databases keep exactly).
/// </summary>
public sealed record JournalCheckpoint(long Position, long RowCount, string LastHash, DateTimeOffset SignedAt, string KeyId, string Signature)
{
    /// <summary>The bytes the signature covers.</summary>
    public static byte[] SignedBytes(long position, long rowCount, string lastHash, DateTimeOffset signedAt) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"ccapex-journal-checkpoint/1\n{position}\n{rowCount}\n{lastHash}\n{signedAt.UtcTicks}"));

    public byte[] SignedBytes() => SignedBytes(Position, RowCount, LastHash, SignedAt);
}
