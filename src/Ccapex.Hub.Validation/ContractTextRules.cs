using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Validation;

/// <summary>
/// The one list of the text fields of the partner messages and the rule of each, by the type that declares the
/// field (a <see cref="PersonName"/> has the same rule in every message). A test walks every string property of
/// every <see cref="IPartnerMessage"/> and fails when one is missing here, so a new field cannot go unchecked.
/// </summary>
public static class ContractTextRules
{
    private static readonly Dictionary<(Type Type, string Property), TextRule> Rules = new()
    {
        [(typeof(PersonName), nameof(PersonName.LastName))] = TextRule.Name,
        [(typeof(PersonName), nameof(PersonName.FirstName))] = TextRule.Name,
        [(typeof(PostalAddress), nameof(PostalAddress.Street))] = TextRule.Line,
        [(typeof(PostalAddress), nameof(PostalAddress.Complement))] = TextRule.AddressLines,
        [(typeof(PostalAddress), nameof(PostalAddress.PostalCode))] = TextRule.Reference,
        [(typeof(PostalAddress), nameof(PostalAddress.City))] = TextRule.Name,
        [(typeof(BailiffOffice), nameof(BailiffOffice.Name))] = TextRule.Line,
        [(typeof(BailiffOffice), nameof(BailiffOffice.OfficeCode))] = TextRule.Reference,
        [(typeof(BailiffOffice), nameof(BailiffOffice.Email))] = TextRule.Email,
        [(typeof(Landlord), nameof(Landlord.Name))] = TextRule.Line,
        [(typeof(Landlord), nameof(Landlord.Siren))] = TextRule.Reference,
        [(typeof(Recommendation), nameof(Recommendation.Text))] = TextRule.FreeText,
        [(typeof(CafListingLine), nameof(CafListingLine.CafAllocataireNumber))] = TextRule.Reference,
        [(typeof(SubmitCdpNotification), nameof(SubmitCdpNotification.ActReference))] = TextRule.Reference,
        [(typeof(SubmitCdpNotification), nameof(SubmitCdpNotification.CafAllocataireNumber))] = TextRule.Reference,
        [(typeof(NotifyAssignation), nameof(NotifyAssignation.ActReference))] = TextRule.Reference,
        [(typeof(NotifyAssignation), nameof(NotifyAssignation.CdpActReference))] = TextRule.Reference,
        [(typeof(NotifyAssignation), nameof(NotifyAssignation.Court))] = TextRule.Line,
        [(typeof(ProcedureStageReached), nameof(ProcedureStageReached.CdpActReference))] = TextRule.Reference,
        [(typeof(ReportDaloCfpRisk), nameof(ReportDaloCfpRisk.DaloDecisionReference))] = TextRule.Reference,
        [(typeof(ReportDaloCfpRisk), nameof(ReportDaloCfpRisk.CdpActReference))] = TextRule.Reference,
        [(typeof(SubmitComedReferral), nameof(SubmitComedReferral.ComedDecisionReference))] = TextRule.Reference,
        [(typeof(SubmitComedReferral), nameof(SubmitComedReferral.Reason))] = TextRule.FreeText,
        [(typeof(SubmitComedReferral), nameof(SubmitComedReferral.CdpActReference))] = TextRule.Reference,
        [(typeof(SubmitComplexSituationReferral), nameof(SubmitComplexSituationReferral.Description))] = TextRule.FreeText,
        [(typeof(SubmitComplexSituationReferral), nameof(SubmitComplexSituationReferral.CdpActReference))] = TextRule.Reference,
        [(typeof(HousingBenefitRightsChecked), nameof(HousingBenefitRightsChecked.CriticalReasons))] = TextRule.Line,
        [(typeof(HousingBenefitRightsChecked), nameof(HousingBenefitRightsChecked.Comment))] = TextRule.FreeText,
        [(typeof(CcapexExaminationConcluded), nameof(CcapexExaminationConcluded.SessionReference))] = TextRule.Reference,
        [(typeof(CcapexExaminationConcluded), nameof(CcapexExaminationConcluded.Outcome))] = TextRule.FreeText,
        [(typeof(OverindebtednessStatusReported), nameof(OverindebtednessStatusReported.BdfFileReference))] = TextRule.Reference,
        [(typeof(OverindebtednessStatusReported), nameof(OverindebtednessStatusReported.Comment))] = TextRule.FreeText,
        [(typeof(SixMonthStatusReported), nameof(SixMonthStatusReported.Comment))] = TextRule.FreeText,
        [(typeof(SocialDiagnosisReported), nameof(SocialDiagnosisReported.AssignationActReference))] = TextRule.Reference,
        [(typeof(SocialDiagnosisReported), nameof(SocialDiagnosisReported.Comment))] = TextRule.FreeText,
        [(typeof(SubmitLandlordReferral), nameof(SubmitLandlordReferral.CdpActReference))] = TextRule.Reference,
        [(typeof(SubmitLandlordReferral), nameof(SubmitLandlordReferral.Comment))] = TextRule.FreeText,
        [(typeof(DaloBlockersReviewed), nameof(DaloBlockersReviewed.Comment))] = TextRule.FreeText,

        // Sent by the hub, never to it: listed so that everything the hub writes meets the same rules.
        [(typeof(RequestSixMonthFollowUp), nameof(RequestSixMonthFollowUp.Recommendations))] = TextRule.FreeText,
        [(typeof(RequestTargetedIntervention), nameof(RequestTargetedIntervention.Comment))] = TextRule.FreeText,
        [(typeof(SendAwarenessLetter), nameof(SendAwarenessLetter.Template))] = TextRule.Reference,
    };

    /// <summary>Every (declaring type, property) listed, for the test that no entry is stale.</summary>
    public static IEnumerable<(Type Type, string Property)> Fields => Rules.Keys;

    public static TextRule? Find(Type declaringType, string property) =>
        Rules.GetValueOrDefault((declaringType, property));
}
