using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>Sample messages with new ids, for a dossier opened in the test.</summary>
public static class Fresh
{
    public static SubmitCdpNotification Cdp(string act = "CDP-2025-000233") =>
        SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid(), ActReference = act };

    /// <summary>A CDP for another household, so it opens its own dossier.</summary>
    public static SubmitCdpNotification CdpForAnotherHousehold(int n) =>
        Cdp($"CDP-2025-{n:000000}") with
        {
            Household = SampleMessages.Household() with
            {
                Tenants = [new PersonName { LastName = $"Martin{n}", FirstName = "Claire" }],
            },
        };

    public static HousingBenefitRightsChecked RightsChecked(Guid dossierId, bool critical) =>
        SampleMessages.HousingBenefitRightsChecked() with { MessageId = Guid.NewGuid(), DossierId = dossierId, IsCritical = critical };

    public static NotifyAssignation Assignation(DateOnly servedOn, DateOnly hearing) =>
        SampleMessages.NotifyAssignation() with { MessageId = Guid.NewGuid(), DossierId = null, ServedOn = servedOn, HearingDate = hearing };

    public static CcapexExaminationConcluded Examination(Guid dossierId, DateOnly on) =>
        SampleMessages.CcapexExaminationConcluded() with { MessageId = Guid.NewGuid(), DossierId = dossierId, ExaminedOn = on };

    public static SixMonthStatusReported Status(Guid dossierId, Guid followUpId, PartnerCode sender) =>
        SampleMessages.SixMonthStatusReported() with { MessageId = Guid.NewGuid(), DossierId = dossierId, FollowUpId = followUpId, Sender = sender };

    public static ProcedureStageReached Stage(Guid dossierId, ProcedureStage stage, DateOnly on, PartnerCode? sender = null) =>
        SampleMessages.ProcedureStageReached() with
        {
            MessageId = Guid.NewGuid(),
            DossierId = dossierId,
            CdpActReference = null,
            Stage = stage,
            OccurredOn = on,
            Sender = sender ?? PartnerCode.Huissiers,
            CfpGranted = null,
            EvictionNotBefore = null,
            PaymentDelaysGranted = null,
        };

    /// <summary>A stage naming the CDP's act (as the bailiffs and the Préfecture may), not the dossier id.</summary>
    public static ProcedureStageReached StageByAct(ProcedureStage stage, DateOnly on, PartnerCode sender, string act = "CDP-2025-000233") =>
        Stage(Guid.Empty, stage, on, sender) with { DossierId = null, CdpActReference = act };
}
