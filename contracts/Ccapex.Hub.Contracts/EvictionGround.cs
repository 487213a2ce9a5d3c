using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Why the landlord seeks the eviction (charter action 9: every ground, not only arrears).</summary>
[JsonConverter(typeof(ContractEnumConverter<EvictionGround>))]
public enum EvictionGround
{
    /// <summary>Unpaid rent (impayé de loyer).</summary>
    RentArrears,
    /// <summary>Notice to leave so the landlord can take back or sell the dwelling (congé pour reprise ou vente).</summary>
    NoticeToReclaimOrSell,
    /// <summary>Nuisance to neighbours (troubles de jouissance).</summary>
    Nuisance,
    /// <summary>Occupation without right or title (occupation sans droit ni titre).</summary>
    OccupationWithoutTitle,
    /// <summary>Another breach of the lease.</summary>
    OtherBreachOfLease,
}
