using System.Security.Cryptography;
using System.Text;

namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>
/// The v2 scheme: HMAC-SHA256 with the partner's secret over five lines joined by "\n" (no final line break):
/// "v2", the message id, the message type, the timestamp, and the lower-case hex SHA-256 of the body bytes as
/// sent. Unlike v1, the id and the type are inside the MAC: a captured delivery cannot be resent under another
/// id (past the receiver's deduplication) or another type.
/// </summary>
/// <remarks>
/// The lines are unambiguous because none of the fields may hold a line break: the id and the type are
/// printable ASCII (<see cref="IsPrintableAscii"/>, as HTTP header values are), the timestamp is digits and
/// the body's hash is 64 hex digits.
/// </remarks>
public static class WebhookSignatureV2
{
    public const string Version = "v2";

    /// <summary>The header value ("v2=" and 64 hex digits) for one attempt; <paramref name="timestamp"/> is the Ccapex-Timestamp text.</summary>
    public static string Create(ReadOnlySpan<byte> secret, string messageId, string messageType, string timestamp, ReadOnlySpan<byte> body) =>
        $"{Version}={Convert.ToHexStringLower(Compute(secret, messageId, messageType, timestamp, body))}";

    /// <summary>The raw MAC: HMAC-SHA256(secret, <see cref="SignedText"/>).</summary>
    public static byte[] Compute(ReadOnlySpan<byte> secret, string messageId, string messageType, string timestamp, ReadOnlySpan<byte> body) =>
        HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(SignedText(messageId, messageType, timestamp, body)));

    /// <summary>The text the MAC covers: "v2\n{id}\n{type}\n{timestamp}\n{hex SHA-256 of the body}".</summary>
    public static string SignedText(string messageId, string messageType, string timestamp, ReadOnlySpan<byte> body)
    {
        if (!IsPrintableAscii(messageId) || !IsPrintableAscii(messageType) || !IsPrintableAscii(timestamp))
        {
            throw new ArgumentException("The message id, type and timestamp of a v2 signature must be non-empty printable ASCII (no line break).");
        }

        return $"{Version}\n{messageId}\n{messageType}\n{timestamp}\n{Convert.ToHexStringLower(SHA256.HashData(body))}";
    }

    /// <summary>True for a non-empty text of characters from space to '~': what a signed field may hold.</summary>
    public static bool IsPrintableAscii(string? text) =>
        !string.IsNullOrEmpty(text) && text.All(c => c is >= ' ' and <= '~');
}
