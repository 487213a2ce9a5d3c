using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>
/// The v1 scheme, kept for partners moving to <see cref="WebhookSignatureV2"/>: HMAC-SHA256 with the partner's
/// secret over the ASCII timestamp, a dot and the body bytes exactly as sent. The timestamp is inside the MAC,
/// but the message id and type are not: a captured delivery can be resent within the tolerance under another
/// id or type. The hub signs v1 only for a partner registered with SendV1Signature.
/// </summary>
public static class WebhookSignature
{
    public const string Version = "v1";

    /// <summary>Secrets shorter than this are refused: HMAC-SHA256 wants a key as long as its output.</summary>
    public const int MinimumSecretBytes = 32;

    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="timestamp"/> (unix seconds).</summary>
    public static string Create(ReadOnlySpan<byte> secret, long timestamp, ReadOnlySpan<byte> body) =>
        $"{Version}={Convert.ToHexStringLower(Compute(secret, timestamp, body))}";

    /// <summary>The raw MAC: HMAC-SHA256(secret, "{timestamp}.{body}").</summary>
    public static byte[] Compute(ReadOnlySpan<byte> secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(secret, signed);
    }
}
