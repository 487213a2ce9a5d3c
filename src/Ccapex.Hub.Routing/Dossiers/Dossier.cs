using System.Text.Json.Serialization;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using MassTransit;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// One household's situation: what is known of it, the procedure stage, the obligations running and the
/// full timeline. One saga instance per dossier; its id is the hub's dossier id.
/// </summary>
public sealed class Dossier : SagaStateMachineInstance, ISagaVersion, IOutboxCarrier
{
    public Guid CorrelationId { get; set; }

    public int Version { get; set; }

    public string CurrentState { get; set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The flow of the message that opened the dossier.</summary>
    public string OpenedBy { get; set; } = string.Empty;

    public ProcedureStage Stage { get; set; }

    public Household? Household { get; set; }

    public Landlord? Landlord { get; set; }

    /// <summary>The office codes of the bailiff offices that served the dossier's acts: whose acts they are (ADR 0014).</summary>
    public List<string> BailiffOffices { get; set; } = [];

    /// <summary>The latest CDP's act reference.</summary>
    public string? CdpActReference { get; set; }

    /// <summary>Every CDP act notified on this dossier, so a resubmission of any of them is a duplicate.</summary>
    public List<string> CdpActReferences { get; set; } = [];

    public DateOnly? CdpDeliveredOn { get; set; }

    public bool NotificationRequired { get; set; }

    public Euros? MonthlyRent { get; set; }

    public Euros? MonthlyCharges { get; set; }

    public Euros? ArrearsAmount { get; set; }

    public HousingBenefitStatus HousingBenefit { get; set; }

    public string? CafAllocataireNumber { get; set; }

    public bool? BenefitPaidToLandlord { get; set; }

    /// <summary>The earliest referral of the household to the CCAPEX by its company landlord (F18, art. 24 II).</summary>
    public DateOnly? LandlordReferredOn { get; set; }

    public DateOnly? AssignationServedOn { get; set; }

    public DateOnly? HearingDate { get; set; }

    public DateOnly? CqlOn { get; set; }

    /// <summary>The earliest eviction date a judge granted the household (CPCE L412-3), the latest one reported.</summary>
    public DateOnly? GrantedEvictionNotBefore { get; set; }

    /// <summary>
    /// The first day the eviction may lawfully take place, once the CQL is known: after its two months (L412-1) and any
    /// delay the judge granted (L412-3), outside the winter truce (L412-6). See <see cref="LegalDelays"/>.
    /// </summary>
    public DateOnly? EarliestEvictionOn { get; set; }

    public DateOnly? CfpRequestedOn { get; set; }

    public bool? CfpGranted { get; set; }

    public bool DaloPriority { get; set; }

    /// <summary>The CDP act a targeted intervention (F5) was last requested for: one request per CDP.</summary>
    public string? InterventionRequestedFor { get; set; }

    public DateOnly? ExaminedOn { get; set; }

    /// <summary>Who asked for a CCAPEX examination of this household, and why; those made before <see cref="ExaminedOn"/> are answered.</summary>
    public List<ExaminationReferral> Referrals { get; set; } = [];

    public List<Recommendation> Recommendations { get; set; } = [];

    /// <summary>Every examination of the household, oldest first (F11), kept to count outcomes.</summary>
    public List<ExaminationRecord> Examinations { get; set; } = [];

    /// <summary>Every six-month answer (F14), oldest first: the situation each partner saw, and whether in time.</summary>
    public List<FollowUpAnswer> FollowUpAnswers { get; set; } = [];

    /// <summary>The Banque de France's reports (F12), oldest first; the last is the file's status.</summary>
    public List<OverindebtednessRecord> Overindebtedness { get; set; } = [];

    /// <summary>Partners that sent or received something about this dossier: the audience of the six-month follow-up.</summary>
    public List<PartnerCode> InvolvedPartners { get; set; } = [];

    public List<Obligation> Obligations { get; set; } = [];

    public Guid? FollowUpId { get; set; }

    public List<TimelineEntry> Timeline { get; set; } = [];

    /// <summary>
    /// The last messages handled (and partners' deliveries of them), oldest first, at most
    /// <see cref="RoutingOptions.HandledMessageWindow"/>: a redelivery or a resubmission within it changes nothing.
    /// Stored under the name the ids always had; bare ids from before they were scoped by sender still read.
    /// </summary>
    [JsonPropertyName("HandledMessageIds")]
    public List<HandledMessage> HandledMessages { get; set; } = [];

    /// <summary>True once the window has dropped an entry: an id not in it is then looked up in the journal.</summary>
    public bool HandledWindowTrimmed { get; set; }

    [JsonIgnore]
    public List<OutboxEntry> PendingOutbox { get; } = [];

    /// <summary>
    /// Matching keys to file under this dossier with its next write (the first decides between concurrent openers),
    /// as the intake resolved them; written by the key table's participant in the row's transaction.
    /// </summary>
    [JsonIgnore]
    public List<string> PendingKeys { get; } = [];

    [JsonIgnore]
    public List<string> PendingCancellations { get; } = [];

    /// <summary>Partner messages handled by this write, for the journal (<see cref="HandledMessageFiling"/>), in the row's transaction.</summary>
    [JsonIgnore]
    public List<HandledMessage> PendingHandled { get; } = [];

    /// <summary>The partner delivery this write handles, for the delivery journal (<see cref="Audit.DossierArrivalFiling"/>), in the row's transaction.</summary>
    [JsonIgnore]
    public Audit.JournalArrival? PendingArrival { get; set; }

    public void NoteBailiffOffice(BailiffOffice? office)
    {
        if (office is not null && !BailiffOffices.Contains(office.OfficeCode))
        {
            BailiffOffices.Add(office.OfficeCode);
        }
    }

    public void Involve(PartnerCode partner)
    {
        if (!InvolvedPartners.Contains(partner))
        {
            InvolvedPartners.Add(partner);
        }
    }
}
