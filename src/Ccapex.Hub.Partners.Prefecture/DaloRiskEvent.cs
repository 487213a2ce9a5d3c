using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>A "dalo-risk" line: a DALO-priority household whose CFP risks being granted (F7).</summary>
internal sealed record DaloRiskEvent
{
    public Guid? DossierId { get; init; }

    public string? CdpActReference { get; init; }

    public required Household Household { get; init; }

    public required DateOnly DaloRecognisedOn { get; init; }

    public required string DaloDecisionReference { get; init; }

    public required DateOnly CfpRequestedOn { get; init; }

    public required DateOnly DecisionExpectedBy { get; init; }
}
