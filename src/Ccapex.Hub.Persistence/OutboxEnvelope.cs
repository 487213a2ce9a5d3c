using System.Globalization;
using System.Text;
using System.Text.Json;
using MassTransit;
using MassTransit.Metadata;
using MassTransit.Serialization;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Writes, when a row is written, the bytes the relay will send: MassTransit's JSON envelope
/// (<c>application/vnd.masstransit+json</c>) with the members, in the order and with the escaping, that MassTransit's
/// own serializer gives them (<c>JsonMessageEnvelope</c>), around the message's JSON as the saga built it.
/// </summary>
internal static class OutboxEnvelope
{
    public const string ContentType = "application/vnd.masstransit+json";

    /// <summary>The row's header that carries the writer's trace (W3C traceparent) to the relay's send span; never sent.</summary>
    public const string TraceParentHeader = "traceparent";

    private static readonly JsonWriterOptions Writing = new() { Encoder = SystemTextJsonMessageSerializer.Options.Encoder };

    /// <param name="busAddress">The sending bus's address (the envelope's source), null when no relay was built yet.</param>
    public static string Write(OutboxEntry entry, Uri? busAddress, DateTimeOffset now)
    {
        using var message = JsonDocument.Parse(entry.Body);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            writer.WriteStartObject();
            writer.WriteString("messageId", entry.MessageId.ToString());
            WriteId(writer, "requestId", entry.RequestId);
            WriteId(writer, "correlationId", entry.CorrelationId);
            // A send from the bus (not from a consume context) starts a conversation of its own.
            WriteId(writer, "conversationId", NewId.NextGuid());
            writer.WriteNull("initiatorId");
            WriteText(writer, "sourceAddress", busAddress?.ToString());
            writer.WriteString("destinationAddress", DestinationAddress(entry.Destination, busAddress));
            writer.WriteNull("responseAddress");
            writer.WriteNull("faultAddress");
            writer.WriteStartArray("messageType");
            foreach (var name in MessageTypeCache.GetMessageTypeNames(entry.MessageType))
            {
                writer.WriteStringValue(name);
            }

            writer.WriteEndArray();
            writer.WritePropertyName("message");
            message.RootElement.WriteTo(writer);
            writer.WriteNull("expirationTime");
            writer.WriteString("sentTime", now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            writer.WriteStartObject("headers");
            writer.WriteEndObject();
            WriteHost(writer, HostMetadataCache.Host);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The row's headers: only the writer's trace today; null when there is none.</summary>
    public static string? Headers(OutboxEntry entry) =>
        entry.TraceParent is { } parent ? JsonSerializer.Serialize(new Dictionary<string, string> { [TraceParentHeader] = parent }) : null;

    /// <summary>
    /// The destination as MassTransit writes it: a <c>queue:NAME</c> address resolved on the bus's host (RabbitMQ adds
    /// <c>bind=true</c>, as its send topology does); a full address as it is.
    /// </summary>
    private static string DestinationAddress(string destination, Uri? busAddress)
    {
        var target = new Uri(destination);
        if (target.Scheme != "queue" || busAddress is null)
        {
            return destination;
        }

        var path = busAddress.AbsolutePath;
        var builder = new UriBuilder(busAddress)
        {
            Path = path[..(path.LastIndexOf('/') + 1)] + target.AbsolutePath,
            Query = busAddress.Scheme.StartsWith("rabbitmq", StringComparison.Ordinal) ? "bind=true" : string.Empty,
        };
        return builder.Uri.ToString();
    }

    private static void WriteId(Utf8JsonWriter writer, string name, Guid? id) => WriteText(writer, name, id?.ToString());

    private static void WriteText(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteString(name, value);
    }

    private static void WriteHost(Utf8JsonWriter writer, HostInfo host)
    {
        writer.WriteStartObject("host");
        WriteText(writer, "machineName", host.MachineName);
        WriteText(writer, "processName", host.ProcessName);
        writer.WriteNumber("processId", host.ProcessId);
        WriteText(writer, "assembly", host.Assembly);
        WriteText(writer, "assemblyVersion", host.AssemblyVersion);
        WriteText(writer, "frameworkVersion", host.FrameworkVersion);
        WriteText(writer, "massTransitVersion", host.MassTransitVersion);
        WriteText(writer, "operatingSystemVersion", host.OperatingSystemVersion);
        writer.WriteEndObject();
    }
}
