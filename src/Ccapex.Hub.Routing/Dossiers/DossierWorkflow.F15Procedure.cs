using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F15: a procedure stage from the bailiffs or the Préfecture. Keeps the stage and the earliest lawful eviction
    /// date, and checks the law: the CFP only after the CQL's two months, more than two months of silence on a CFP
    /// request is a refusal, no eviction (nor a CFP used) before the earliest date nor during the winter truce, and a
    /// DALO-priority household is rehoused before the CFP is used.
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
            case ProcedureStage.Judgment:
                if (stage.EvictionNotBefore is { } granted && (dossier.GrantedEvictionNotBefore is not { } known || granted > known))
                {
                    dossier.GrantedEvictionNotBefore = granted;
                }

                KeepEarliestEviction(dossier);
                break;
            case ProcedureStage.CommandementDeQuitterLesLieux:
                dossier.CqlOn = stage.OccurredOn;
                KeepEarliestEviction(dossier);
                break;
            case ProcedureStage.CfpRequested:
                dossier.CfpRequestedOn = stage.OccurredOn;
                if (dossier.CqlOn is { } cql && stage.OccurredOn <= LegalDelays.LastDayOfMonths(cql, _options.CqlDelayMonths))
                {
                    Alert(dossier, cause, ProcedureAlertCodes.CfpRequestedTooEarly,
                        $"CFP requested on {stage.OccurredOn:yyyy-MM-dd}, before the end of the CQL's {_options.CqlDelayMonths} months (CQL of {cql:yyyy-MM-dd}: they end on {LegalDelays.LastDayOfMonths(cql, _options.CqlDelayMonths):yyyy-MM-dd}).");
                }

                ExpectCfpDecision(dossier, cause, stage.OccurredOn);
                if (stage.DaloRecognisedOn is { } recognised)
                {
                    F08ReviewRehousingBlockers(dossier, cause, recognised, LegalDelays.LastDayOfMonths(stage.OccurredOn, _options.CfpSilenceMonths));
                }

                break;
            case ProcedureStage.CfpDecided:
                dossier.CfpGranted = stage.CfpGranted;
                Discharge(dossier, PartnerCode.PrefecturePolice, nameof(ProcedureStageReached));
                if (stage.CfpGranted == true && dossier.DaloPriority)
                {
                    Alert(dossier, cause, ProcedureAlertCodes.DaloNotRehoused,
                        "The CFP was granted for a DALO-priority household: it must be rehoused before the CFP is used.");
                }

                if (stage.CfpGranted == true && stage.EvictionNotBefore is { } usedFrom)
                {
                    CheckEvictionDate(dossier, cause, usedFrom, ProcedureAlertCodes.CfpUseTooEarly, "The CFP allows an eviction from");
                }

                if (stage.EvictionNotBefore is { } notBefore && WinterTruce.Contains(notBefore))
                {
                    Alert(dossier, cause, ProcedureAlertCodes.WinterTruce,
                        $"The CFP allows an eviction from {notBefore:yyyy-MM-dd}, inside the winter truce (1 November to 31 March).");
                }

                break;
            case ProcedureStage.EvictionCarriedOut:
                CheckEvictionDate(dossier, cause, stage.OccurredOn, ProcedureAlertCodes.EvictionTooEarly, "Eviction reported on");
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

    /// <summary>Once the CQL is known: the first lawful eviction day, kept on the dossier (<see cref="LegalDelays.EarliestEviction"/>).</summary>
    private void KeepEarliestEviction(Dossier dossier)
    {
        if (dossier.CqlOn is { } cql)
        {
            dossier.EarliestEvictionOn = LegalDelays.EarliestEviction(cql, _options.CqlDelayMonths, dossier.GrantedEvictionNotBefore);
        }
    }

    /// <summary>
    /// An eviction date before the delays end (the CQL's months, the judge's delay). A date after them but before
    /// the earliest eviction date falls in the winter truce, which has its alert of its own: the two alerts together
    /// say "before the earliest date", each with its reason.
    /// </summary>
    private void CheckEvictionDate(Dossier dossier, Guid cause, DateOnly on, string code, string what)
    {
        if (dossier.CqlOn is not { } cql)
        {
            return;
        }

        var delaysEnd = LegalDelays.EndOfDelays(cql, _options.CqlDelayMonths, dossier.GrantedEvictionNotBefore);
        if (on < delaysEnd)
        {
            var granted = dossier.GrantedEvictionNotBefore is { } g ? $" and the delay the judge granted until {g:yyyy-MM-dd}" : string.Empty;
            Alert(dossier, cause, code,
                $"{what} {on:yyyy-MM-dd}, before the earliest lawful eviction date {dossier.EarliestEvictionOn:yyyy-MM-dd} (CQL of {cql:yyyy-MM-dd}: {_options.CqlDelayMonths} months{granted}, then the winter truce).");
        }
    }

    /// <summary>
    /// The Préfecture owes a CFP decision; its silence is a refusal once more than the months allowed have passed:
    /// the deadline is the start, in Paris, of the day after the delay's last day.
    /// </summary>
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
        var dueAt = ParisTime.StartOf(LegalDelays.LastDayOfMonths(requestedOn, _options.CfpSilenceMonths).AddDays(1));
        Expect(dossier, cause, "F15", policy, PartnerCode.PrefecturePolice, dueAt);
    }
}
