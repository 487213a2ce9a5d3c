using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>What holds back a DALO household's rehousing, as a partner's review finds it (F17, charter action 19).</summary>
[JsonConverter(typeof(ContractEnumConverter<RehousingBlocker>))]
public enum RehousingBlocker
{
    /// <summary>A debt (rent arrears or other) a landlord would refuse: its treatment comes first.</summary>
    Debt,
    /// <summary>Housing-benefit or other rights not open.</summary>
    RightsNotOpen,
    /// <summary>The household needs social support (accompagnement) before or with the rehousing.</summary>
    SupportNeeded,
    /// <summary>The housing application is incomplete or out of date.</summary>
    IncompleteApplication,
    /// <summary>The household could not be reached.</summary>
    HouseholdNotReached,
    Other,
}
