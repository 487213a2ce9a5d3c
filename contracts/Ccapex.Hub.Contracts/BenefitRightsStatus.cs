using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Outcome of the CAF's housing-benefit rights check for one household (F4).</summary>
[JsonConverter(typeof(ContractEnumConverter<BenefitRightsStatus>))]
public enum BenefitRightsStatus
{
    /// <summary>Rights were already open and paid.</summary>
    AlreadyOpen,
    /// <summary>Rights were opened or restored after the check.</summary>
    OpenedOrRestored,
    /// <summary>Rights are suspended (e.g. unpaid rent reported, missing documents).</summary>
    Suspended,
    NotEligible,
    /// <summary>The CAF does not know this household.</summary>
    UnknownToCaf,
}
