using System.Runtime.Serialization;
using System.Text.Json;
using Ccapex.Hub.Routing.Intake;
using MassTransit;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host;

/// <summary>What the hub's receive endpoints share: raw JSON on intake, and a retry policy that leaves unreadable messages alone.</summary>
public static class IntakeEndpointConfiguration
{
    /// <summary>Saga conflicts resolve in milliseconds; a store outage gets the longer tail.</summary>
    public static readonly TimeSpan[] SagaRetryIntervals =
    [
        TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250),
        TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5),
    ];

    /// <summary>Intake endpoints read raw JSON too; every endpoint retries transient faults, never unreadable messages.</summary>
    public static void ConfigureHubEndpoint(this IReceiveEndpointConfigurator endpoint, string name)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (name.StartsWith(BrokerNames.IntakePrefix, StringComparison.Ordinal))
        {
            // Partners not on .NET send the bare message as content type application/json; MassTransit's
            // envelope (application/vnd.masstransit+json) stays the default for everything else.
            endpoint.UseRawJsonDeserializer(RawSerializerOptions.Default, isDefault: false);
        }

        // Every endpoint writes a saga (the intake writes the dossier itself): a version conflict or a dossier
        // whose opening message is still in flight is retried, and the retry reloads the saga, so it sees the
        // other message's changes. A message that cannot be read fails the same way every time: straight to
        // the _error queue.
        endpoint.UseMessageRetry(r =>
        {
            r.Ignore<JsonException>();
            r.Ignore<SerializationException>();
            r.Ignore<Exception>(UnreadableMessages.IsUnreadable);
            r.Intervals(SagaRetryIntervals);
        });
    }
}
