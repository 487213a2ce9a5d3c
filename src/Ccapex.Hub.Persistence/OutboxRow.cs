namespace Ccapex.Hub.Persistence;

/// <summary>An unsent outbox row as the relay reads it.</summary>
internal sealed record OutboxRow(
    long Id,
    Guid MessageId,
    string Destination,
    string MessageType,
    string Body,
    Guid? CorrelationId,
    Guid? RequestId,
    int Attempts);
