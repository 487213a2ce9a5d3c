using System.Text.Json;
using MassTransit;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Sends one outbox row through MassTransit: the row is read into its contract type and sent with the row's ids.
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
        using var span = OutboxTraces.StartSend(row);
        // A row written before destinations were checked is held back with the same code (its last_error).
        _destinations.Check(row.Destination);
        var type = _types.Resolve(row.MessageType);
        var message = JsonSerializer.Deserialize(row.Body, type, _json)
            ?? throw new InvalidOperationException($"Outbox row {row.Id}: the body is JSON null.");
        var endpoint = await _bus.GetSendEndpoint(new Uri(row.Destination)).ConfigureAwait(false);
        await endpoint.Send(message, type, Pipe.Execute<SendContext>(context => Stamp(context, row)), cancellationToken).ConfigureAwait(false);
    }

    // The row's message id goes on the wire: a re-send after a crash carries the same id, and partners deduplicate by it.
    private static void Stamp(SendContext context, OutboxRow row)
    {
        context.MessageId = row.MessageId;
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
