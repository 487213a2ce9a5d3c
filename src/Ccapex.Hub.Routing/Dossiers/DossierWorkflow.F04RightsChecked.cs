using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F4 (actions 11, 17): the CAF's rights check for this household. Discharges the F3 obligation; a critical
    /// case (the CAF's selection criteria) is referred to the CCAPEX for examination, and it or a debt past the
    /// DRIHL's own threshold triggers targeted intervention (F5).
    /// </summary>
    public void F04RightsChecked(Dossier dossier, Inbound inbound, HousingBenefitRightsChecked check)
    {
        if (!Route(dossier, inbound, check))
        {
            return;
        }

        Discharge(dossier, check.Sender, nameof(HousingBenefitRightsChecked));
        if (check.IsCritical)
        {
            Refer(dossier, "F4", check.Sender, check.MessageId, check.CriticalReasons);
        }

        var reason = check.IsCritical
            ? InterventionReason.CafCriticalCase
            : dossier.ArrearsAmount >= _options.TargetedInterventionThreshold ? InterventionReason.DrihlCriteria : (InterventionReason?)null;
        if (reason is not null && dossier.Household is not null)
        {
            F05RequestTargetedIntervention(dossier, inbound.MessageId, reason.Value, check.CriticalReasons);
        }

        Accept(dossier, inbound, check);
    }

    /// <summary>F5 (actions 11, 17): the Département's social services are asked to intervene.</summary>
    private void F05RequestTargetedIntervention(Dossier dossier, Guid cause, InterventionReason reason, IReadOnlyList<string> criticalReasons) =>
        Emit(dossier, cause, new RequestTargetedIntervention
        {
            MessageId = DossierOutbox.NewId(cause, "intervention"),
            SentAt = Now,
            Sender = PartnerCode.Drihl,
            DossierId = dossier.CorrelationId,
            Reason = reason,
            Household = dossier.Household!,
            ArrearsAmount = dossier.ArrearsAmount ?? Euros.Zero,
            Stage = dossier.Stage,
            Comment = criticalReasons.Count > 0 ? string.Join("; ", criticalReasons) : null,
        });
}
