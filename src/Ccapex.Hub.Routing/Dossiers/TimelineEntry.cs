using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>One line of a dossier's history: what came in or went out, under which flow, between whom.</summary>
public sealed record TimelineEntry
{
    public required DateTimeOffset At { get; init; }

    public required string Flow { get; init; }

    public required string MessageType { get; init; }

    public required Guid MessageId { get; init; }

    public required PartnerCode From { get; init; }

    public IReadOnlyList<PartnerCode> To { get; init; } = [];

    public string? Note { get; init; }
}
