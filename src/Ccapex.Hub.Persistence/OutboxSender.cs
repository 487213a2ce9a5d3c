using System.Net.Mime;
using System.Text;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Sends one outbox row through MassTransit with the row's ids. A row keeps the bytes to send (its envelope), which go
/// out as they are, as MassTransit's own bus outbox replays a stored body (<see cref="CopyBodySerializer"/>): nothing
/// is parsed or looked up. A row written before rows kept their envelope is read into its contract type (found by
/// name, <see cref="MessageTypeResolver"/>) and serialised by MassTransit, as every row was before.
/// </summary>
internal sealed class OutboxSender
{
    private readonly IBus _bus;
    private readonly JsonSerializerOptions _json;
    private readonly MessageTypeResolver _types;

    private readonly OutboxDestinations _destinations;

    public OutboxSender(IBus bus, OutboxRelayOptions options, OutboxDestinations destinations)
    {
        _bus = bus;
        _destinations = destinations;
        _json = options.MessageJson;
        _types = new MessageTypeResolver(options.MessageAssemblies);
    }

    public async Task SendAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var headers = RowHeaders(row);
        using var span = OutboxTraces.StartSend(row, headers.GetValueOrDefault(OutboxEnvelope.TraceParentHeader));
        // A row written before destinations were checked is held back with the same code (its last_error).
        _destinations.Check(row.Destination);
        var endpoint = await _bus.GetSendEndpoint(new Uri(row.Destination)).ConfigureAwait(false);
        if (row.Envelope is { } envelope)
        {
            var serializer = new CopyBodySerializer(new ContentType(row.ContentType ?? OutboxEnvelope.ContentType),
                new BytesMessageBody(Encoding.UTF8.GetBytes(envelope)));
            await endpoint.Send(new SerializedMessageBody(), Pipe.Execute<SendContext>(context =>
            {
                Stamp(context, row);
                foreach (var (name, value) in headers.Where(h => h.Key != OutboxEnvelope.TraceParentHeader))
                {
                    context.Headers.Set(name, value);
                }

                context.Serializer = serializer;
            }), cancellationToken).ConfigureAwait(false);
            return;
        }

        var type = _types.Resolve(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Body, type, _json)
            ?? throw new InvalidOperationException($"Outbox row {row.Id}: the body is JSON null.");
        await endpoint.Send(message, type, Pipe.Execute<SendContext>(context => Stamp(context, row)), cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string> RowHeaders(OutboxRow row) =>
        row.Headers is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [] : [];

    // The row's message id goes on the wire: a re-send after a crash carries the same id, and partners deduplicate by it.
    private static void Stamp(SendContext context, OutboxRow row)
    {
        context.MessageId = row.MessageId;
        context.GetOrAddPayload(() => new RelayedMessage(row.MessageType));
        if (row.CorrelationId is { } correlationId)
        {
            context.CorrelationId = correlationId;
        }

        if (row.RequestId is { } requestId)
        {
            context.RequestId = requestId;
        }
    }
}
