using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// One of the DRIHL's criteria for a targeted intervention (F5, actions 11 and 17), from F5's row of the rules: every
/// condition it sets must hold (a condition left out holds); any criterion that holds is a case for F5.
/// </summary>
public sealed record InterventionCriterion
{
    /// <summary>Shown in the routing table and in the request's comment, so the Département reads why it is asked.</summary>
    public required string Name { get; init; }

    /// <summary>The debt claimed reaches this amount.</summary>
    public Euros? ArrearsAtLeast { get; init; }

    /// <summary>The debt reaches this many months of rent excluding charges.</summary>
    public decimal? ArrearsInMonthsOfRentAtLeast { get; init; }

    public int? HouseholdSizeAtLeast { get; init; }

    /// <summary>The household's housing benefit, as the CDP gave it, is one of these.</summary>
    public IReadOnlySet<HousingBenefitStatus>? HousingBenefit { get; init; }

    /// <summary>
    /// True: holds only when the CAF's rights check (F3) did not come back by its deadline; the criterion is then
    /// weighed at that deadline, not on the CAF's answer.
    /// </summary>
    public bool CafCheckOverdue { get; init; }
}
