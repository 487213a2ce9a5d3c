using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Why the DRIHL asks the Département for targeted social intervention (F5).</summary>
[JsonConverter(typeof(ContractEnumConverter<InterventionReason>))]
public enum InterventionReason
{
    /// <summary>The CAF flagged the household as a critical case.</summary>
    CafCriticalCase,
    /// <summary>The DRIHL's own criteria (arrears, household size, no benefit), from the charter rules.</summary>
    DrihlCriteria,
    /// <summary>The CAF's rights check on the CDP (F3) did not come back by its deadline.</summary>
    CafCheckOverdue,
}
