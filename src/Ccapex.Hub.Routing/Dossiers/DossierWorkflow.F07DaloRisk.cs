using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F7 (action 19): the Préfecture de Police reports a DALO household at risk of a CFP. The household must be
    /// rehoused before the CFP is used: the dossier is marked, and the blockers to rehousing are reviewed (F8).
    /// </summary>
    public void F07DaloRiskReported(Dossier dossier, Inbound inbound, ReportDaloCfpRisk risk)
    {
        if (!Route(dossier, inbound, risk))
        {
            return;
        }

        dossier.Household ??= risk.Household;
        dossier.DaloPriority = true;
        dossier.CfpRequestedOn ??= risk.CfpRequestedOn;
        Advance(dossier, ProcedureStage.CfpRequested);
        F08ReviewRehousingBlockers(dossier, inbound.MessageId, risk);
        Accept(dossier, inbound, risk);
    }

    /// <summary>F8 (action 19): the Département and the CAF review what blocks the DALO household's rehousing.</summary>
    private void F08ReviewRehousingBlockers(Dossier dossier, Guid cause, ReportDaloCfpRisk risk) =>
        Emit(dossier, cause, new ReviewDaloRehousingBlockers
        {
            MessageId = DossierOutbox.NewId(cause, "dalo-review"),
            SentAt = Now,
            Sender = PartnerCode.Drihl,
            DossierId = dossier.CorrelationId,
            Household = risk.Household,
            DaloRecognisedOn = risk.DaloRecognisedOn,
            DecisionExpectedBy = risk.DecisionExpectedBy,
            AnswerDueBy = risk.DecisionExpectedBy.AddDays(-14) > DateOnly.FromDateTime(Now.UtcDateTime)
                ? risk.DecisionExpectedBy.AddDays(-14)
                : risk.DecisionExpectedBy,
        });
}
