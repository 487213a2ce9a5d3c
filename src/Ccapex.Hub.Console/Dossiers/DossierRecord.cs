using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>
/// A dossier as the console reads it: the members of the routing's saga instance (Ccapex.Hub.Routing.Dossiers.Dossier)
/// that it shows, under the names the store's JSON body gives them. The console may not compile against the routing
/// (ARCHITECTURE.md), so this is its own copy of the shape, read-only; Console.Tests check every member against the
/// saga type and read dossiers the real hub wrote.
/// </summary>
public sealed class DossierRecord
{
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; set; }

    public string OpenedBy { get; set; } = string.Empty;

    public ProcedureStage Stage { get; set; }

    public Household? Household { get; set; }

    public Landlord? Landlord { get; set; }

    public string? CdpActReference { get; set; }

    public List<string> CdpActReferences { get; set; } = [];

    public DateOnly? CdpDeliveredOn { get; set; }

    public bool NotificationRequired { get; set; }

    public Euros? MonthlyRent { get; set; }

    public Euros? MonthlyCharges { get; set; }

    public Euros? ArrearsAmount { get; set; }

    public HousingBenefitStatus HousingBenefit { get; set; }

    public DateOnly? AssignationServedOn { get; set; }

    public DateOnly? HearingDate { get; set; }

    public DateOnly? CqlOn { get; set; }

    public DateOnly? CfpRequestedOn { get; set; }

    public bool? CfpGranted { get; set; }

    public bool DaloPriority { get; set; }

    public DateOnly? ExaminedOn { get; set; }

    public List<ReferralRecord> Referrals { get; set; } = [];

    public List<Recommendation> Recommendations { get; set; } = [];

    public List<PartnerCode> InvolvedPartners { get; set; } = [];

    public List<ObligationRecord> Obligations { get; set; } = [];

    public List<TimelineRecord> Timeline { get; set; } = [];

    /// <summary>Referrals made after the last examination (or all of them, before any): the CCAPEX has still to examine the household.</summary>
    public IEnumerable<ReferralRecord> PendingReferrals =>
        Referrals.Where(r => ExaminedOn is not { } examined || DateOnly.FromDateTime(r.At.UtcDateTime) > examined);

    /// <summary>Answers still expected, or given up on by the hub (escalated to the DRIHL) and so still owed.</summary>
    public IEnumerable<ObligationRecord> OutstandingObligations => Obligations.Where(o => o.Status is ObligationRecord.Open or ObligationRecord.Escalated);
}
