namespace Ccapex.Hub.Persistence;

/// <summary>
/// A message a saga decided to send, kept with the saga's state until the same transaction that
/// saves the state writes it to the outbox table. The relay sends it once it is due.
/// </summary>
public sealed record OutboxEntry
{
    /// <summary>Stable id, derived from the cause, so a replay produces the same id and a partner can recognise a duplicate.</summary>
    public required Guid MessageId { get; init; }

    /// <summary>Where to send: a MassTransit address such as <c>queue:ccapex.caf.in</c>.</summary>
    public required string Destination { get; init; }

    /// <summary>
    /// The message's contract type: its full name goes in the row (<c>message_type</c>), its MassTransit message type
    /// names in the envelope written with the row (<see cref="OutboxEnvelope"/>).
    /// </summary>
    public required Type MessageType { get; init; }

    /// <summary>The message as JSON (ContractJson rules), sent as it is inside the envelope.</summary>
    public required string Body { get; init; }

    /// <summary>Not before this instant (a deadline or a six-month follow-up); null means now.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Correlation id header to set (the dossier id), so timeouts find their saga.</summary>
    public Guid? CorrelationId { get; init; }

    /// <summary>Request id to echo when the entry answers a request.</summary>
    public Guid? RequestId { get; init; }

    /// <summary>When set, a later entry with the same cancel key removes this one if not yet sent (a cancelled reminder).</summary>
    public string? CancelKey { get; init; }

    /// <summary>What the delivery journal records about this entry beyond the row (recipient, flow, view); null for the hub's own messages.</summary>
    public OutboxFacts? Facts { get; init; }

    /// <summary>The trace of whoever created the entry (W3C traceparent), kept in the row's headers for the relay's send span (<see cref="OutboxTraces"/>).</summary>
    public string? TraceParent { get; init; } = System.Diagnostics.Activity.Current?.Id;
}
