using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing;

/// <summary>
/// The message types the hub takes from partners. Partner flows are routed; hub flows are consumed too, only
/// to refuse them with a clear code when a partner sends one.
/// </summary>
public static class InboundMessages
{
    public static IReadOnlyList<Type> PartnerFlows { get; } =
    [
        typeof(SubmitCdpNotification), typeof(HousingBenefitRightsChecked), typeof(NotifyAssignation),
        typeof(ReportDaloCfpRisk), typeof(SubmitComedReferral), typeof(SubmitComplexSituationReferral),
        typeof(CcapexExaminationConcluded), typeof(OverindebtednessStatusReported), typeof(SixMonthStatusReported),
        typeof(ProcedureStageReached), typeof(SocialDiagnosisReported), typeof(SubmitLandlordReferral),
        typeof(DaloBlockersReviewed),
    ];

    public static IReadOnlyList<Type> HubFlows { get; } =
    [
        typeof(SendAwarenessLetter), typeof(CheckHousingBenefitRights), typeof(RequestTargetedIntervention),
        typeof(ReviewDaloRehousingBlockers), typeof(RequestSixMonthFollowUp),
    ];

    public static IEnumerable<Type> All => PartnerFlows.Concat(HubFlows);
}
