using System.Security.Cryptography;
using System.Text;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// The message id of a CDP read from a batch: a name-based UUID (RFC 9562 version 5) of the office code and the
/// act reference. A file sent again, or re-read after a crash, yields the same ids, so the hub recognises every
/// line it already has; case and surrounding spaces do not count, as for the hub's own act matching.
/// </summary>
public static class CdpMessageId
{
    /// <summary>The namespace of these names; fixed forever, or resubmitted files would stop being recognised.</summary>
    public static readonly Guid Namespace = Guid.Parse("5e0d7c2a-3b1f-4c8e-9a6d-2f4b8c1e7d30");

    public static Guid For(string officeCode, string actReference)
    {
        ArgumentNullException.ThrowIfNull(officeCode);
        ArgumentNullException.ThrowIfNull(actReference);
        var name = Encoding.UTF8.GetBytes($"cdp:{officeCode.Trim().ToUpperInvariant()}|{actReference.Trim().ToUpperInvariant()}");
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 ids; no security rests on it.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
