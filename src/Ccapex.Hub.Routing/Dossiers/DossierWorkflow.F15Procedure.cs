using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F15: a procedure stage from the bailiffs or the Préfecture. Keeps the stage and checks the law: the CFP
    /// only after the CQL's two months, two months of silence on a CFP request is a refusal, no eviction during
    /// the winter truce, and a DALO-priority household is rehoused before the CFP is used.
    /// </summary>
    public void F15StageReached(Dossier dossier, Inbound inbound, ProcedureStageReached stage)
    {
        if (!Route(dossier, inbound, stage))
        {
            return;
        }

        Advance(dossier, stage.Stage);
        var cause = inbound.MessageId;
        switch (stage.Stage)
        {
            case ProcedureStage.CommandementDeQuitterLesLieux:
                dossier.CqlOn = stage.OccurredOn;
                break;
            case ProcedureStage.CfpRequested:
                dossier.CfpRequestedOn = stage.OccurredOn;
                if (dossier.CqlOn is { } cql && stage.OccurredOn < cql.AddMonths(_options.CqlDelayMonths))
                {
                    Alert(dossier, cause, ProcedureAlertCodes.CfpRequestedTooEarly,
                        $"CFP requested on {stage.OccurredOn:yyyy-MM-dd}, before the end of the CQL's {_options.CqlDelayMonths} months (CQL of {cql:yyyy-MM-dd}).");
                }

                ExpectCfpDecision(dossier, cause, stage.OccurredOn);
                break;
            case ProcedureStage.CfpDecided:
                dossier.CfpGranted = stage.CfpGranted;
                Discharge(dossier, PartnerCode.PrefecturePolice, nameof(ProcedureStageReached));
                if (stage.CfpGranted == true && dossier.DaloPriority)
                {
                    Alert(dossier, cause, ProcedureAlertCodes.DaloNotRehoused,
                        "The CFP was granted for a DALO-priority household: it must be rehoused before the CFP is used.");
                }

                if (stage.EvictionNotBefore is { } notBefore && WinterTruce.Contains(notBefore))
                {
                    Alert(dossier, cause, ProcedureAlertCodes.WinterTruce,
                        $"The CFP allows an eviction from {notBefore:yyyy-MM-dd}, inside the winter truce (1 November to 31 March).");
                }

                break;
            case ProcedureStage.EvictionCarriedOut:
                if (WinterTruce.Contains(stage.OccurredOn))
                {
                    Alert(dossier, cause, ProcedureAlertCodes.WinterTruce,
                        $"Eviction reported on {stage.OccurredOn:yyyy-MM-dd}, inside the winter truce (1 November to 31 March).");
                }

                if (dossier.DaloPriority)
                {
                    Alert(dossier, cause, ProcedureAlertCodes.DaloNotRehoused,
                        "A DALO-priority household was evicted: it had to be rehoused before the CFP was used.");
                }

                break;
        }

        Accept(dossier, inbound, stage);
    }

    /// <summary>The Préfecture owes a CFP decision; silence until the deadline is an implicit refusal.</summary>
    private void ExpectCfpDecision(Dossier dossier, Guid cause, DateOnly requestedOn)
    {
        var policy = new AnswerPolicy
        {
            Message = typeof(ProcedureStageReached),
            From = PartnerCode.PrefecturePolice,
            Within = TimeSpan.Zero,
            ReminderEvery = TimeSpan.Zero,
            RemindersBeforeEscalation = 0,
        };
        var dueAt = new DateTimeOffset(requestedOn.AddMonths(_options.CfpSilenceMonths).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Expect(dossier, cause, "F15", policy, PartnerCode.PrefecturePolice, dueAt);
    }
}
