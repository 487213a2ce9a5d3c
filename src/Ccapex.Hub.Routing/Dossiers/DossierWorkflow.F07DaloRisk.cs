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
        dossier.CfpRequestedOn ??= risk.CfpRequestedOn;
        Advance(dossier, ProcedureStage.CfpRequested);
        F08ReviewRehousingBlockers(dossier, inbound.MessageId, risk.DaloRecognisedOn, risk.DecisionExpectedBy);
        Accept(dossier, inbound, risk);
    }
}
