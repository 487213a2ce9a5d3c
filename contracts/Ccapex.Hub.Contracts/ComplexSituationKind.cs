using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Complex situations that social landlords and associations refer to the CCAPEX (charter action 14).</summary>
[JsonConverter(typeof(ContractEnumConverter<ComplexSituationKind>))]
public enum ComplexSituationKind
{
    /// <summary>Troubles de jouissance.</summary>
    Nuisance,
    PsychiatricDisorder,
    OccupancyAnomaly,
    /// <summary>Tenant unknown to the social services who does not answer letters.</summary>
    UnknownToSocialServicesAndUnresponsive,
    /// <summary>Occupant without title with vulnerabilities.</summary>
    VulnerableOccupantWithoutTitle,
}
