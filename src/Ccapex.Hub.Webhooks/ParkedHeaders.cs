using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// The AMQP headers a parked message carries (all under "ccapex-parked-", removed again on resume), and
/// reading them back: RabbitMQ.Client hands string headers back as UTF-8 bytes.
/// </summary>
internal static class ParkedHeaders
{
    public const string Prefix = "ccapex-parked-";
    public const string Reason = Prefix + "reason";
    public const string LastStatus = Prefix + "last-status";
    public const string Attempts = Prefix + "attempts";
    public const string FirstFailure = Prefix + "first-failure";
    public const string LastFailure = Prefix + "last-failure";
    public const string ParkedAt = Prefix + "at";
    public const string MessageId = Prefix + "message-id";
    public const string MessageType = Prefix + "message-type";

    /// <summary>The original properties and headers, with the parking headers added.</summary>
    public static BasicProperties Park(IReadOnlyBasicProperties original, WebhookDelivery? delivery, ParkingReason why, DateTimeOffset now)
    {
        var properties = new BasicProperties(original) { Persistent = true };
        var headers = new Dictionary<string, object?>(original.Headers ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            [Reason] = why.HeaderText,
            [Attempts] = why.Attempts,
            [ParkedAt] = now.ToString("O", CultureInfo.InvariantCulture),
        };
        if (why.LastStatus is { } status)
        {
            headers[LastStatus] = status;
        }

        if (why.FirstFailure is { } first)
        {
            headers[FirstFailure] = first.ToString("O", CultureInfo.InvariantCulture);
        }

        if (why.LastFailure is { } last)
        {
            headers[LastFailure] = last.ToString("O", CultureInfo.InvariantCulture);
        }

        if (delivery is not null)
        {
            headers[MessageId] = delivery.MessageId;
            headers[MessageType] = delivery.MessageType;
        }

        properties.Headers = headers;
        return properties;
    }

    /// <summary>The original properties again, without the parking headers, for the partner's queue.</summary>
    public static BasicProperties Resume(IReadOnlyBasicProperties parked)
    {
        var properties = new BasicProperties(parked) { Persistent = true };
        properties.Headers = (parked.Headers ?? new Dictionary<string, object?>())
            .Where(h => !h.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);
        return properties;
    }

    /// <summary>A header's value as text ("" when absent).</summary>
    public static string Text(IReadOnlyBasicProperties properties, string name) =>
        properties.Headers?.TryGetValue(name, out var value) == true
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => string.Empty,
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
            }
            : string.Empty;
}
