using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>What the CAF knows of an allocataire: the state of the housing-benefit rights and the dependent children.</summary>
public sealed record AllocataireRights
{
    public required string AllocataireNumber { get; init; }

    public required BenefitRightsStatus Status { get; init; }

    public required int DependentChildren { get; init; }
}
