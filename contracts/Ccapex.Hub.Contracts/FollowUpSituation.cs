using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>A household's situation six months after its CCAPEX examination, as a partner sees it (F14).</summary>
[JsonConverter(typeof(ContractEnumConverter<FollowUpSituation>))]
public enum FollowUpSituation
{
    DebtCleared,
    RepaymentPlanRespected,
    RepaymentPlanNotRespected,
    Rehoused,
    ProcedureOngoing,
    EvictionCarriedOut,
    /// <summary>The partner has had no contact with the household.</summary>
    NoContact,
    /// <summary>The partner is not involved any more; the comment says why.</summary>
    NotConcerned,
}
