namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>A procedure stage line (cql, cfp-request, cfp-decision, eviction) for a dossier or a CDP act (F15).</summary>
internal sealed record StageEvent
{
    public Guid? DossierId { get; init; }

    public string? CdpActReference { get; init; }

    public required DateOnly OccurredOn { get; init; }

    public bool? CfpGranted { get; init; }

    public DateOnly? EvictionNotBefore { get; init; }
}
