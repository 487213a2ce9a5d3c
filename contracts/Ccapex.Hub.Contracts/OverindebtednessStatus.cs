using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Progress of a household's overindebtedness file at the Banque de France (F12, charter action 21).</summary>
[JsonConverter(typeof(ContractEnumConverter<OverindebtednessStatus>))]
public enum OverindebtednessStatus
{
    Filed,
    Receivable,
    NotReceivable,
    PlanAdopted,
    /// <summary>Rétablissement personnel: debts written off.</summary>
    PersonalRecovery,
    Closed,
}
