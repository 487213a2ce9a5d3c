using System.Text.Json;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Stored with a scheduled message (the outbox <c>envelope</c> column): what the relay needs to
/// send the already serialised MassTransit envelope on, as the Quartz scheduler does.
/// </summary>
internal sealed record ForwardedEnvelope
{
    public required string ContentType { get; init; }

    /// <summary>The scheduling token, sent back as the MT-Scheduling-TokenId header so a state machine can tell a stale timeout.</summary>
    public Guid? TokenId { get; init; }

    public Guid? ConversationId { get; init; }

    public Guid? InitiatorId { get; init; }

    public Uri? SourceAddress { get; init; }

    public Uri? ResponseAddress { get; init; }

    public Uri? FaultAddress { get; init; }

    public Dictionary<string, JsonElement> Headers { get; init; } = [];
}
