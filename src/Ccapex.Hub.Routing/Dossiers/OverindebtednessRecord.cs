using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>The Banque de France's report on the household's overindebtedness file (F12), kept to be counted (issue 13, item 2).</summary>
public sealed record OverindebtednessRecord
{
    public required OverindebtednessStatus Status { get; init; }

    public required DateOnly StatusOn { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }
}
