using System.Globalization;
using System.Security.Cryptography;

namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>
/// The receiver's side: checks a delivery's v2 signature (id, type, timestamp and body) with a constant-time
/// comparison, refuses a timestamp outside the tolerance window (default 5 minutes either way) and a message id
/// it has already accepted. A request signed v1 only is refused unless the verifier was built with acceptV1.
/// One instance per secret, shared by every request (thread-safe).
/// </summary>
/// <remarks>
/// An accepted id is remembered at once, so that two copies arriving together cannot both pass. A receiver
/// that then fails to store the message calls <see cref="Forget"/> before answering 5xx, so the hub's retry
/// is accepted. The memory is per process and short: durable deduplication by Ccapex-Message-Id belongs in
/// the receiver's own store.
/// </remarks>
public sealed class WebhookVerifier
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    private readonly byte[] _secret;
    private readonly TimeSpan _tolerance;
    private readonly TimeProvider _clock;
    private readonly bool _acceptV1;
    private readonly SeenMessageIds _seen;

    /// <param name="secret">The secret shared with the hub, at least 32 bytes.</param>
    /// <param name="tolerance">How far a timestamp may be from this clock, either way.</param>
    /// <param name="clock">The receiver's clock (tests give their own).</param>
    /// <param name="acceptV1">
    /// Accept a request that carries only a v1 signature: only while the hub still signs v1 for this partner,
    /// since v1 lets a captured delivery be resent under another id or type.
    /// </param>
    public WebhookVerifier(ReadOnlySpan<byte> secret, TimeSpan? tolerance = null, TimeProvider? clock = null, bool acceptV1 = false)
    {
        if (secret.Length < WebhookSignature.MinimumSecretBytes)
        {
            throw new ArgumentException($"A webhook secret must be at least {WebhookSignature.MinimumSecretBytes} bytes; got {secret.Length}.", nameof(secret));
        }

        _secret = secret.ToArray();
        _tolerance = tolerance ?? DefaultTolerance;
        _clock = clock ?? TimeProvider.System;
        _acceptV1 = acceptV1;

        // A request older than the tolerance is refused on its timestamp; until then its id must be remembered.
        // Only ids of correctly signed requests are kept, so the memory holds at most ten minutes of real traffic.
        _seen = new SeenMessageIds(_tolerance * 2);
    }

    /// <summary>How many accepted ids are remembered now (those of the last twice the tolerance, swept as requests come).</summary>
    public int RememberedIds => _seen.Count;

    /// <summary>Checks one request from its four Ccapex-* headers (null when absent) and its body bytes as received.</summary>
    public WebhookVerification Verify(string? messageId, string? messageType, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (HeaderRefusal(messageId, messageType, timestamp, signature) is { } refused)
        {
            return refused;
        }

        if (SignatureRefusal(signature!, messageId!, messageType!, timestamp!, body) is { } mismatch)
        {
            return mismatch;
        }

        var now = _clock.GetUtcNow();
        var seconds = long.Parse(timestamp!, NumberStyles.None, CultureInfo.InvariantCulture);
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        if ((now - signedAt).Duration() > _tolerance)
        {
            return WebhookVerification.Refuse(WebhookVerification.TimestampOutsideTolerance,
                $"The request was signed at {signedAt:O}, more than {_tolerance} from now ({now:O}).");
        }

        return _seen.TryAdd(messageId!, now)
            ? WebhookVerification.Ok
            : WebhookVerification.Refuse(WebhookVerification.MessageIdReplayed, $"Message {messageId} was already accepted.");
    }

    /// <summary>Forgets an accepted id, when the receiver could not store its message and answers 5xx.</summary>
    public void Forget(string messageId) => _seen.Remove(messageId);

    /// <summary>Null when every header is present and well formed.</summary>
    private static WebhookVerification? HeaderRefusal(string? messageId, string? messageType, string? timestamp, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return WebhookVerification.Refuse(WebhookVerification.SignatureMissing, $"The {WebhookHeaders.Signature} header is missing.");
        }

        if (timestamp is not { Length: > 0 and <= 18 } || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return WebhookVerification.Refuse(WebhookVerification.TimestampInvalid, $"The {WebhookHeaders.Timestamp} header must be unix seconds; got '{timestamp}'.");
        }

        if (string.IsNullOrWhiteSpace(messageId))
        {
            return WebhookVerification.Refuse(WebhookVerification.MessageIdMissing, $"The {WebhookHeaders.MessageId} header is missing.");
        }

        if (!WebhookSignatureV2.IsPrintableAscii(messageId))
        {
            return WebhookVerification.Refuse(WebhookVerification.MessageIdInvalid, $"The {WebhookHeaders.MessageId} header must be printable ASCII.");
        }

        if (string.IsNullOrWhiteSpace(messageType))
        {
            return WebhookVerification.Refuse(WebhookVerification.MessageTypeMissing, $"The {WebhookHeaders.MessageType} header is missing.");
        }

        return WebhookSignatureV2.IsPrintableAscii(messageType)
            ? null
            : WebhookVerification.Refuse(WebhookVerification.MessageTypeInvalid, $"The {WebhookHeaders.MessageType} header must be printable ASCII.");
    }

    /// <summary>
    /// Null when one of the comma-separated "v2=" values matches (several allow a secret's rotation). When the
    /// header has a v2 value, v1 values are ignored; without one, v1 counts only if the verifier accepts it.
    /// </summary>
    private WebhookVerification? SignatureRefusal(string header, string messageId, string messageType, string timestamp, ReadOnlySpan<byte> body)
    {
        var parts = header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var v2 = Values(parts, WebhookSignatureV2.Version);
        if (v2.Count > 0)
        {
            return AnyMatches(v2, WebhookSignatureV2.Compute(_secret, messageId, messageType, timestamp, body))
                ? null
                : WebhookVerification.Refuse(WebhookVerification.SignatureMismatch,
                    "The v2 signature does not match the message id, type, timestamp and body for this secret.");
        }

        var v1 = Values(parts, WebhookSignature.Version);
        if (v1.Count == 0)
        {
            return WebhookVerification.Refuse(WebhookVerification.SignatureMalformed, $"The {WebhookHeaders.Signature} header has no '{WebhookSignatureV2.Version}=' value.");
        }

        if (!_acceptV1)
        {
            return WebhookVerification.Refuse(WebhookVerification.SignatureV1Only,
                "The request is signed v1 only, which does not cover the message id and type; this receiver requires v2.");
        }

        var seconds = long.Parse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture);
        return AnyMatches(v1, WebhookSignature.Compute(_secret, seconds, body))
            ? null
            : WebhookVerification.Refuse(WebhookVerification.SignatureMismatch, "The v1 signature does not match the body and timestamp for this secret.");
    }

    private static List<string> Values(string[] parts, string version) =>
        parts.Where(p => p.StartsWith(version + "=", StringComparison.Ordinal)).Select(p => p[(version.Length + 1)..]).ToList();

    private static bool AnyMatches(List<string> values, byte[] expected)
    {
        var matched = false;
        foreach (var hex in values)
        {
            // Every value is compared, in constant time, so the time taken says nothing about which one matched.
            matched |= hex.Length == expected.Length * 2 && TryFromHex(hex, out var given) && CryptographicOperations.FixedTimeEquals(given, expected);
        }

        return matched;
    }

    private static bool TryFromHex(string hex, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(hex);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
