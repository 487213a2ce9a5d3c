using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Ccapex.Hub.Host;

/// <summary>
/// A dossier id derived from the act itself, office code plus act reference, as a name-based
/// UUID (version 5, RFC 9562): the same act always gets the same id, with no storage.
/// </summary>
/// <remarks>
/// Temporary: the routing saga of the next issue opens dossiers and recognises resubmissions
/// from its store, and replaces this.
/// </remarks>
public static class CdpDossierId
{
    /// <summary>The hub's namespace for CDP dossier ids; never change it, or ids change.</summary>
    public static readonly Guid Namespace = new("5d0c6b2e-3f0a-4c1e-9a57-ccaf0e000001");

    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "RFC 9562 defines version 5 UUIDs with SHA-1; an identifier, not a security control.")]
    public static Guid For(string officeCode, string actReference)
    {
        ArgumentNullException.ThrowIfNull(officeCode);
        ArgumentNullException.ThrowIfNull(actReference);

        // The separator keeps ("AB", "C") and ("A", "BC") apart.
        var name = Encoding.UTF8.GetBytes($"{officeCode.Trim()}\n{actReference.Trim()}");
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);

        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
