using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>The household's housing benefit (aide au logement) as the sender knows it.</summary>
[JsonConverter(typeof(ContractEnumConverter<HousingBenefitStatus>))]
public enum HousingBenefitStatus
{
    Unknown,
    NotReceived,
    Received,
    Suspended,
    Requested,
}
