using System.Globalization;
using System.Security.Cryptography;

namespace Ccapex.Hub.Webhooks.Signing;

/// <summary>
/// The receiver's side: checks a delivery's signature with a constant-time comparison, refuses a timestamp
/// outside the tolerance window (default 5 minutes either way) and a message id it has already accepted.
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
    private readonly SeenMessageIds _seen;

    public WebhookVerifier(ReadOnlySpan<byte> secret, TimeSpan? tolerance = null, TimeProvider? clock = null)
    {
        if (secret.Length < WebhookSignature.MinimumSecretBytes)
        {
            throw new ArgumentException($"A webhook secret must be at least {WebhookSignature.MinimumSecretBytes} bytes; got {secret.Length}.", nameof(secret));
        }

        _secret = secret.ToArray();
        _tolerance = tolerance ?? DefaultTolerance;
        _clock = clock ?? TimeProvider.System;

        // A request older than the tolerance is refused on its timestamp; until then its id must be remembered.
        _seen = new SeenMessageIds(_tolerance * 2);
    }

    /// <summary>Checks one request from its four headers (null when absent) and its body bytes as received.</summary>
    public WebhookVerification Verify(string? messageId, string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return WebhookVerification.Refuse(WebhookVerification.SignatureMissing, $"The {WebhookHeaders.Signature} header is missing.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return WebhookVerification.Refuse(WebhookVerification.TimestampInvalid, $"The {WebhookHeaders.Timestamp} header must be unix seconds; got '{timestamp}'.");
        }

        if (SignatureMatches(signature, seconds, body) is { } refused)
        {
            return refused;
        }

        var now = _clock.GetUtcNow();
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        if ((now - signedAt).Duration() > _tolerance)
        {
            return WebhookVerification.Refuse(WebhookVerification.TimestampOutsideTolerance,
                $"The request was signed at {signedAt:O}, more than {_tolerance} from now ({now:O}).");
        }

        if (string.IsNullOrWhiteSpace(messageId))
        {
            return WebhookVerification.Refuse(WebhookVerification.MessageIdMissing, $"The {WebhookHeaders.MessageId} header is missing.");
        }

        return _seen.TryAdd(messageId, now)
            ? WebhookVerification.Ok
            : WebhookVerification.Refuse(WebhookVerification.MessageIdReplayed, $"Message {messageId} was already accepted.");
    }

    /// <summary>Forgets an accepted id, when the receiver could not store its message and answers 5xx.</summary>
    public void Forget(string messageId) => _seen.Remove(messageId);

    /// <summary>Null when one of the comma-separated "v1=" values matches (several allow a secret's rotation).</summary>
    private WebhookVerification? SignatureMatches(string header, long timestamp, ReadOnlySpan<byte> body)
    {
        var expected = WebhookSignature.Compute(_secret, timestamp, body);
        var sawVersion = false;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith(WebhookSignature.Version + "=", StringComparison.Ordinal))
            {
                continue;
            }

            sawVersion = true;
            var hex = part[(WebhookSignature.Version.Length + 1)..];
            if (hex.Length == expected.Length * 2 && TryFromHex(hex, out var given)
                && CryptographicOperations.FixedTimeEquals(given, expected))
            {
                return null;
            }
        }

        return sawVersion
            ? WebhookVerification.Refuse(WebhookVerification.SignatureMismatch, "The signature does not match the body and timestamp for this secret.")
            : WebhookVerification.Refuse(WebhookVerification.SignatureMalformed, $"The {WebhookHeaders.Signature} header has no '{WebhookSignature.Version}=' value.");
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
