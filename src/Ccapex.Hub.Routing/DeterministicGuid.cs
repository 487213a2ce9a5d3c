using System.Security.Cryptography;
using System.Text;

namespace Ccapex.Hub.Routing;

/// <summary>
/// Name-based ids (RFC 9562 version 5 layout, SHA-1): the same cause and purpose always give the same id,
/// so a replayed step emits messages a partner recognises as already received.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(Guid cause, string purpose)
    {
        var input = Encoding.UTF8.GetBytes(cause.ToString("N") + ":" + purpose);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 ids; no security rests on it.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
