using System.Runtime.Serialization;
using System.Text.Json;
using MassTransit;

namespace Ccapex.Hub.Host;

/// <summary>What every partner-facing intake endpoint shares, whatever the flow.</summary>
public static class IntakeEndpointConfiguration
{
    /// <summary>Retry delays for transient faults (broker, later the store); a bad message is never retried.</summary>
    public static readonly TimeSpan[] RetryIntervals = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    public static void ConfigureIntakeEndpoint(this IReceiveEndpointConfigurator endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);

        // Partners not on .NET send the bare message as content type application/json; MassTransit's
        // envelope (application/vnd.masstransit+json) stays the default for everything else.
        endpoint.UseRawJsonDeserializer(RawSerializerOptions.Default, isDefault: false);

        // A message that cannot be read fails the same way every time: straight to the _error queue.
        endpoint.UseMessageRetry(r =>
        {
            r.Ignore<JsonException>();
            r.Ignore<SerializationException>();
            r.Intervals(RetryIntervals);
        });
    }
}
