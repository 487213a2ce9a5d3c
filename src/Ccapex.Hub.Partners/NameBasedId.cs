using System.Security.Cryptography;
using System.Text;

namespace Ccapex.Hub.Partners;

/// <summary>
/// Ids derived from what caused a message (RFC 9562 version 5: SHA-1 of a namespace and a name), so that the
/// same listing line or file line always yields the same message id and the hub sees a resend as a duplicate.
/// </summary>
public static class NameBasedId
{
    /// <summary>The partner workers' own namespace, so their ids never collide with other name-based ids.</summary>
    private static readonly Guid Namespace = new("6f1f3c52-8a0e-4d5b-9c77-2c1b0e6a9d41");

    public static Guid Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var space = Namespace.ToByteArray(bigEndian: true);
        var text = Encoding.UTF8.GetBytes(name);
        var input = new byte[space.Length + text.Length];
        space.CopyTo(input, 0);
        text.CopyTo(input, space.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5; the id protects nothing.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
