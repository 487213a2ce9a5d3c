namespace Ccapex.Hub.Routing.Timeouts;

/// <summary>Timeout: six months have passed since the CCAPEX examined the dossier (charter action 23).</summary>
public sealed record FollowUpDue
{
    public required Guid DossierId { get; init; }

    public required DateOnly ExaminedOn { get; init; }
}
