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

    public DateOnly? AssignationServedOn { get; set; }

    public DateOnly? HearingDate { get; set; }

    public DateOnly? CqlOn { get; set; }

    public DateOnly? CfpRequestedOn { get; set; }

    public bool? CfpGranted { get; set; }

    public bool DaloPriority { get; set; }

    public DateOnly? ExaminedOn { get; set; }

    /// <summary>Who asked for a CCAPEX examination of this household, and why; those made before <see cref="ExaminedOn"/> are answered.</summary>
    public List<ExaminationReferral> Referrals { get; set; } = [];

    public List<Recommendation> Recommendations { get; set; } = [];

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

    public void Involve(PartnerCode partner)
    {
        if (!InvolvedPartners.Contains(partner))
        {
            InvolvedPartners.Add(partner);
        }
    }
}
