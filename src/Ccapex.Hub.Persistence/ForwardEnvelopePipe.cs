using System.Net.Mime;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Replaces what is sent by the stored envelope (the way MassTransit's Quartz job forwards a
/// scheduled message): the body is deserialized with the transport's own deserializer, and its
/// serializer writes the original message again with this send's headers and ids.
/// </summary>
internal sealed class ForwardEnvelopePipe : IPipe<SendContext>
{
    private readonly OutboxRow _row;
    private readonly ForwardedEnvelope _envelope;

    public ForwardEnvelopePipe(OutboxRow row, ForwardedEnvelope envelope)
    {
        _row = row;
        _envelope = envelope;
    }

    public Task Send(SendContext context)
    {
        var deserializer = context.Serialization.GetMessageDeserializer(new ContentType(_envelope.ContentType));
        var headers = new DictionarySendHeaders();
        foreach (var (key, value) in _envelope.Headers)
        {
            headers.Set(key, HeaderValue(value));
        }

        var serializerContext = deserializer.Deserialize(deserializer.GetMessageBody(_row.Body), headers, new Uri(_row.Destination));

        context.MessageId = _row.MessageId;
        context.CorrelationId = _row.CorrelationId;
        context.RequestId = _row.RequestId;
        context.ConversationId = _envelope.ConversationId;
        context.InitiatorId = _envelope.InitiatorId;
        context.SourceAddress = _envelope.SourceAddress;
        context.ResponseAddress = _envelope.ResponseAddress;
        context.FaultAddress = _envelope.FaultAddress;
        foreach (var header in headers.GetAll())
        {
            context.Headers.Set(header.Key, header.Value);
        }

        if (_envelope.TokenId is { } tokenId)
        {
            context.Headers.Set(MessageHeaders.SchedulingTokenId, tokenId.ToString("D"));
        }

        context.Serializer = serializerContext.GetMessageSerializer();
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context)
    {
    }

    private static object? HeaderValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
