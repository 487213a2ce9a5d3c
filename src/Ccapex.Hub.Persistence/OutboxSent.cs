namespace Ccapex.Hub.Persistence;

/// <summary>An outbox row the broker confirmed: when the relay handed it over and when the confirm came back.</summary>
public sealed record OutboxSent(Guid MessageId, string Destination, Guid? CorrelationId, DateTimeOffset HandedAt, DateTimeOffset ConfirmedAt);
