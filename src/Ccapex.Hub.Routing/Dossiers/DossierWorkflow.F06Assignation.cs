using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F6 (action 9): an assignation, for any ground, to the DRIHL and to the Département for a social diagnosis
    /// before the hearing. Checks the legal delays: six weeks after the CDP, six weeks' notice before the hearing.
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

        if (dossier.CdpDeliveredOn is { } cdp && Days(cdp, assignation.ServedOn) < _options.AssignationMinDelayAfterCdp.TotalDays)
        {
            Alert(dossier, inbound.MessageId, ProcedureAlertCodes.AssignationTooEarly,
                $"Assignation served on {assignation.ServedOn:yyyy-MM-dd}, less than {_options.AssignationMinDelayAfterCdp.TotalDays:0} days after the CDP of {cdp:yyyy-MM-dd}.");
        }

        var received = DateOnly.FromDateTime(Now.UtcDateTime);
        if (Days(received, assignation.HearingDate) < _options.AssignationMinNoticeBeforeHearing.TotalDays)
        {
            Alert(dossier, inbound.MessageId, ProcedureAlertCodes.HearingNoticeTooShort,
                $"Hearing on {assignation.HearingDate:yyyy-MM-dd}: the préfet was notified less than {_options.AssignationMinNoticeBeforeHearing.TotalDays:0} days before.");
        }

        Accept(dossier, inbound, assignation);
    }

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
