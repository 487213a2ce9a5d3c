using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F4 (actions 11, 17): the CAF's rights check for this household. Discharges the F3 obligation; a critical
    /// case (the CAF's selection criteria) is referred to the CCAPEX for examination, and it or one of the DRIHL's
    /// criteria (F5's rule) triggers targeted intervention (F5).
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
            F05RequestTargetedIntervention(dossier, inbound.MessageId, InterventionReason.CafCriticalCase, check.CriticalReasons);
        }
        else if (FirstCriterionHolding(dossier, cafCheckOverdue: false) is { } criterion)
        {
            F05RequestTargetedIntervention(dossier, inbound.MessageId, InterventionReason.DrihlCriteria, [criterion.Name]);
        }

        Accept(dossier, inbound, check);
    }

    /// <summary>
    /// The CAF's rights check (F3) reached its deadline unanswered: every criterion is weighed now, those that need
    /// the check overdue included, since the CAF's answer they would otherwise wait for may never come.
    /// </summary>
    private void F05OnCafCheckOverdue(Dossier dossier, Guid cause)
    {
        if (FirstCriterionHolding(dossier, cafCheckOverdue: true) is { } criterion)
        {
            var reason = criterion.CafCheckOverdue ? InterventionReason.CafCheckOverdue : InterventionReason.DrihlCriteria;
            F05RequestTargetedIntervention(dossier, cause, reason, [criterion.Name]);
        }
    }

    private InterventionCriterion? FirstCriterionHolding(Dossier dossier, bool cafCheckOverdue) =>
        rules.ForMessage<RequestTargetedIntervention>().Criteria.FirstOrDefault(c => Holds(c, dossier, cafCheckOverdue));

    /// <summary>Every condition the criterion sets holds on what the dossier knows; an unknown value holds no condition.</summary>
    private static bool Holds(InterventionCriterion criterion, Dossier dossier, bool cafCheckOverdue) =>
        (!criterion.CafCheckOverdue || cafCheckOverdue)
        && (criterion.ArrearsAtLeast is not { } arrears || dossier.ArrearsAmount >= arrears)
        && (criterion.ArrearsInMonthsOfRentAtLeast is not { } months
            || (dossier.ArrearsAmount is { } debt && dossier.MonthlyRent is { Amount: > 0 } rent && debt.Amount >= rent.Amount * months))
        && (criterion.HouseholdSizeAtLeast is not { } size || dossier.Household?.Size >= size)
        && (criterion.HousingBenefit is not { } benefit || benefit.Contains(dossier.HousingBenefit));

    /// <summary>F5 (actions 11, 17): the Département's social services are asked to intervene, once per CDP.</summary>
    private void F05RequestTargetedIntervention(Dossier dossier, Guid cause, InterventionReason reason, IReadOnlyList<string> reasons)
    {
        if (dossier.Household is null || (dossier.CdpActReference is { } act && dossier.InterventionRequestedFor == act))
        {
            return;
        }

        dossier.InterventionRequestedFor = dossier.CdpActReference;
        Emit(dossier, cause, new RequestTargetedIntervention
        {
            MessageId = DossierOutbox.NewId(cause, "intervention"),
            SentAt = Now,
            Sender = PartnerCode.Drihl,
            DossierId = dossier.CorrelationId,
            Reason = reason,
            Household = dossier.Household,
            ArrearsAmount = dossier.ArrearsAmount ?? Euros.Zero,
            Stage = dossier.Stage,
            Comment = reasons.Count > 0 ? string.Join("; ", reasons) : null,
        });
    }
}
