namespace Ccapex.Hub.Persistence;

/// <summary>
/// An unsent outbox row as the relay reads it. <paramref name="Envelope"/> holds the bytes to send (with their
/// <paramref name="ContentType"/> and the row's <paramref name="Headers"/>); it is null only in a row written before
/// rows kept them, which the relay still sends from <paramref name="Body"/> and <paramref name="MessageType"/>.
/// </summary>
internal sealed record OutboxRow(
    long Id,
    Guid MessageId,
    string Destination,
    string MessageType,
    string Body,
    Guid? CorrelationId,
    Guid? RequestId,
    int Attempts,
    string? Envelope,
    string? ContentType,
    string? Headers);
