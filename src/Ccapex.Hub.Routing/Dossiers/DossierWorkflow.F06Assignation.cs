using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F6 (action 9): an assignation, for any ground, to the DRIHL and to the Département for a social diagnosis
    /// before the hearing. Checks the legal delays: for arrears, the assignation comes after the CDP's six weeks; for
    /// every ground, the préfet is notified at least six weeks before the hearing.
    /// </summary>
    public void F06AssignationNotified(Dossier dossier, Inbound inbound, NotifyAssignation assignation)
    {
        if (!Route(dossier, inbound, assignation))
        {
            return;
        }

        dossier.Household ??= assignation.Household;
        dossier.Landlord ??= assignation.Landlord;
        dossier.NoteBailiffOffice(assignation.BailiffOffice);
        dossier.AssignationServedOn = assignation.ServedOn;
        dossier.HearingDate = assignation.HearingDate;
        dossier.ArrearsAmount = assignation.ArrearsAmount ?? dossier.ArrearsAmount;
        Advance(dossier, ProcedureStage.Assignation);

        // The six weeks are the CDP's (the resiliation clause takes effect once they are over): other grounds have no CDP.
        var cdpWeeks = (int)_options.AssignationMinDelayAfterCdp.TotalDays;
        if (assignation.Ground == EvictionGround.RentArrears && (assignation.CdpDeliveredOn ?? dossier.CdpDeliveredOn) is { } cdp
            && assignation.ServedOn <= LegalDelays.LastDayOfDays(cdp, cdpWeeks))
        {
            Alert(dossier, inbound.MessageId, ProcedureAlertCodes.AssignationTooEarly,
                $"Assignation served on {assignation.ServedOn:yyyy-MM-dd}, before the end of the {cdpWeeks} days after the CDP of {cdp:yyyy-MM-dd} (they end on {LegalDelays.LastDayOfDays(cdp, cdpWeeks):yyyy-MM-dd}).");
        }

        // A landlord that is a legal person refers the household two months before it assigns for arrears (art. 24 II).
        var referralMonths = _options.LandlordReferralMonthsBeforeAssignation;
        if (assignation.Ground == EvictionGround.RentArrears && assignation.Landlord.Kind is LandlordKind.Company or LandlordKind.SocialLandlord)
        {
            if (dossier.LandlordReferredOn is not { } referred)
            {
                Alert(dossier, inbound.MessageId, ProcedureAlertCodes.AssignationBeforeLandlordReferral,
                    $"Assignation for arrears served on {assignation.ServedOn:yyyy-MM-dd} by a landlord that is a legal person, which the hub knows of no referral to the CCAPEX from ({referralMonths} months before).");
            }
            else if (assignation.ServedOn <= LegalDelays.LastDayOfMonths(referred, referralMonths))
            {
                Alert(dossier, inbound.MessageId, ProcedureAlertCodes.AssignationBeforeLandlordReferral,
                    $"Assignation for arrears served on {assignation.ServedOn:yyyy-MM-dd}, before the end of the {referralMonths} months after the landlord's referral to the CCAPEX of {referred:yyyy-MM-dd} (they end on {LegalDelays.LastDayOfMonths(referred, referralMonths):yyyy-MM-dd}).");
            }
        }

        // Measured from the notice's own date, not from when the hub received it (a backlog would otherwise pass for a late notice).
        var notified = assignation.PrefectNotifiedOn ?? ParisTime.DateOf(assignation.SentAt);
        var notice = (int)_options.AssignationMinNoticeBeforeHearing.TotalDays;
        if (Days(notified, assignation.HearingDate) < notice)
        {
            Alert(dossier, inbound.MessageId, ProcedureAlertCodes.HearingNoticeTooShort,
                $"Hearing on {assignation.HearingDate:yyyy-MM-dd}: the préfet was notified on {notified:yyyy-MM-dd}, less than {notice} days before.");
        }

        ExpectSocialDiagnosis(dossier, inbound.MessageId, assignation);
        Accept(dossier, inbound, assignation);
    }

    /// <summary>
    /// F16 (action 9): the Département's social diagnosis before the hearing. Discharges what the assignation
    /// expected of it; one made without being asked is taken as well (the Département may act on its own).
    /// </summary>
    public void F16SocialDiagnosisReported(Dossier dossier, Inbound inbound, SocialDiagnosisReported diagnosis)
    {
        if (Route(dossier, inbound, diagnosis))
        {
            Discharge(dossier, diagnosis.Sender, nameof(SocialDiagnosisReported));
            Accept(dossier, inbound, diagnosis);
        }
    }

    /// <summary>
    /// The answer F6's rule expects (the social diagnosis), due within its delay but no later than the start of the
    /// hearing day in Paris: a diagnosis after the hearing is of no use to the judge. A hearing already past is due at once.
    /// </summary>
    private void ExpectSocialDiagnosis(Dossier dossier, Guid cause, NotifyAssignation assignation)
    {
        var rule = rules.ForMessage<NotifyAssignation>();
        if (rule.Answer is not { } policy)
        {
            return;
        }

        var hearing = ParisTime.StartOf(assignation.HearingDate);
        var dueAt = Now + policy.Within < hearing ? Now + policy.Within : hearing;
        Expect(dossier, cause, rule.Flow, policy, policy.From ?? PartnerCode.Departement, dueAt < Now ? Now : dueAt);
    }

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
