using MassTransit;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>A small saga shaped like the hub's dossier: versioned, with an outbox, handled ids and item rows.</summary>
public sealed class TestDossier : SagaStateMachineInstance, ISagaVersion, IOutboxCarrier, ISagaItemCarrier
{
    public const string Table = "test_dossier";

    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string? CurrentState { get; set; }

    public string? Title { get; set; }

    public int Notes { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public List<OutboxEntry> PendingOutbox { get; } = [];

    public List<string> PendingCancellations { get; } = [];

    /// <summary>A read-only list, filled in place when the row is read back.</summary>
    public List<Guid> HandledMessageIds { get; } = [];

    public List<SagaItem> PendingItems { get; } = [];

    public List<Guid> RetiredItemGroups { get; } = [];
}
