using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>
/// The sample messages with new ids, a household and act of their own (so each test has its own dossier on a
/// shared hub), and dates around <c>today</c>, the fixture's clock.
/// </summary>
internal static class FlowMessages
{
    /// <summary>A household no other test uses: the hub matches households by tenants' names and address.</summary>
    public static Household NewHousehold() => SampleMessages.Household() with
    {
        Tenants = [new PersonName { LastName = "Flow" + Unique(), FirstName = "Claire" }],
    };

    public static string NewActReference() => "CDP-FLOW-" + Unique();

    public static SubmitCdpNotification Cdp(DateOnly today, Household? household = null) => SampleMessages.SubmitCdpNotification() with
    {
        MessageId = Guid.NewGuid(),
        ActReference = NewActReference(),
        DeliveredOn = today.AddDays(-1),
        Household = household ?? NewHousehold(),
    };

    public static NotifyAssignation Assignation(DateOnly today, string? cdpActReference, Household household) => SampleMessages.NotifyAssignation() with
    {
        MessageId = Guid.NewGuid(),
        DossierId = null,
        ActReference = "ASS-FLOW-" + Unique(),
        CdpActReference = cdpActReference,
        SentAt = new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
        CdpDeliveredOn = null,
        ServedOn = today,
        HearingDate = today.AddDays(60),
        PrefectNotifiedOn = today,
        Household = household,
    };

    public static ReportDaloCfpRisk DaloRisk(DateOnly today, Household household) => SampleMessages.ReportDaloCfpRisk() with
    {
        MessageId = Guid.NewGuid(),
        DossierId = null,
        CdpActReference = null,
        Household = household,
        CfpRequestedOn = today.AddDays(-5),
        DecisionExpectedBy = today.AddDays(55),
    };

    /// <summary>A COMED referral; <paramref name="daloRecognisedOn"/> names the household a DALO priority.</summary>
    public static SubmitComedReferral ComedReferral(Household household, DateOnly? daloRecognisedOn = null) => SampleMessages.SubmitComedReferral() with
    {
        MessageId = Guid.NewGuid(),
        DossierId = null,
        CdpActReference = null,
        Household = household,
        DaloRecognisedOn = daloRecognisedOn,
    };

    public static SubmitComplexSituationReferral ComplexSituation(Household household) => SampleMessages.SubmitComplexSituationReferral() with
    {
        MessageId = Guid.NewGuid(),
        DossierId = null,
        CdpActReference = null,
        Household = household,
    };

    public static HousingBenefitRightsChecked RightsChecked(Guid dossierId, Guid listingId, bool critical) => SampleMessages.HousingBenefitRightsChecked() with
    {
        MessageId = Guid.NewGuid(),
        DossierId = dossierId,
        ListingId = listingId,
        IsCritical = critical,
    };

    public static OverindebtednessStatusReported Overindebtedness(Guid dossierId) =>
        SampleMessages.OverindebtednessStatusReported() with { MessageId = Guid.NewGuid(), DossierId = dossierId };

    public static CcapexExaminationConcluded Examination(Guid dossierId, DateOnly on) =>
        SampleMessages.CcapexExaminationConcluded() with { MessageId = Guid.NewGuid(), DossierId = dossierId, ExaminedOn = on };

    /// <summary>An examination that also addresses the Banque de France: how it reaches the dossier (action 21).</summary>
    public static CcapexExaminationConcluded ExaminationAddressingTheBdf(Guid dossierId, DateOnly on)
    {
        var examination = Examination(dossierId, on);
        return examination with
        {
            Recommendations = [.. examination.Recommendations, new() { Addressee = PartnerCode.Bdf, Text = "Instruire le dossier de surendettement." }],
        };
    }

    public static SixMonthStatusReported Status(Guid dossierId, Guid followUpId, PartnerCode sender) =>
        SampleMessages.SixMonthStatusReported() with { MessageId = Guid.NewGuid(), DossierId = dossierId, FollowUpId = followUpId, Sender = sender };

    public static ProcedureStageReached Stage(ProcedureStage stage, DateOnly on, PartnerCode sender) => SampleMessages.ProcedureStageReached() with
    {
        MessageId = Guid.NewGuid(),
        DossierId = null,
        CdpActReference = null,
        Stage = stage,
        OccurredOn = on,
        Sender = sender,
        CfpGranted = null,
        EvictionNotBefore = null,
        PaymentDelaysGranted = null,
    };

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
