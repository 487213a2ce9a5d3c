using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F8 (action 19): a DALO-priority household, named by the Préfecture (F7), the COMED (F9) or a CFP request (F15):
    /// the priority is kept, and the Département and the CAF review what blocks its rehousing; each owes an answer
    /// (F17) under F8's rule, by the review's due date. While a review is still awaited, another source naming the
    /// household starts none: the one under way already asks everything.
    /// </summary>
    private void F08ReviewRehousingBlockers(Dossier dossier, Guid cause, DateOnly daloRecognisedOn, DateOnly? decisionExpectedBy)
    {
        dossier.DaloPriority = true;
        if (dossier.Household is null || dossier.Obligations.Any(o => o.Flow == "F8" && o.Status == ObligationStatus.Open))
        {
            return;
        }

        var rule = rules.ForMessage<ReviewDaloRehousingBlockers>();
        var answerDueBy = DaloReviewDueBy(rule.Answer?.Within, decisionExpectedBy);
        var recipients = Emit(dossier, cause, new ReviewDaloRehousingBlockers
        {
            MessageId = DossierOutbox.NewId(cause, "dalo-review"),
            SentAt = Now,
            Sender = PartnerCode.Drihl,
            DossierId = dossier.CorrelationId,
            Household = dossier.Household,
            DaloRecognisedOn = daloRecognisedOn,
            DecisionExpectedBy = decisionExpectedBy,
            AnswerDueBy = answerDueBy,
        });
        if (rule.Answer is { } policy)
        {
            // Answered by the due date inclusive: overdue from midnight in Paris the day after.
            var dueAt = ParisTime.StartOf(answerDueBy.AddDays(1));
            foreach (var recipient in recipients.Distinct())
            {
                Expect(dossier, cause, rule.Flow, policy, policy.From ?? recipient, dueAt);
            }
        }
    }

    /// <summary>
    /// The review's answer date: within F8's delay, and some time before the CFP decision so that the CCAPEX can act
    /// on it; a decision too close for that lead leaves the decision date itself.
    /// </summary>
    private DateOnly DaloReviewDueBy(TimeSpan? within, DateOnly? decisionExpectedBy)
    {
        var today = ParisTime.DateOf(Now);
        var byRule = today.AddDays((int)(within ?? TimeSpan.FromDays(21)).TotalDays);
        if (decisionExpectedBy is not { } decision)
        {
            return byRule;
        }

        var lead = decision.AddDays(-(int)_options.DaloReviewLeadBeforeCfpDecision.TotalDays);
        var beforeDecision = lead > today ? lead : decision;
        return beforeDecision < byRule ? beforeDecision : byRule;
    }

    /// <summary>F17 (action 19): the Département's or the CAF's answer to the review discharges what it owed.</summary>
    public void F17DaloBlockersReviewed(Dossier dossier, Inbound inbound, DaloBlockersReviewed review)
    {
        if (Route(dossier, inbound, review))
        {
            Discharge(dossier, review.Sender, nameof(DaloBlockersReviewed));
            Accept(dossier, inbound, review);
        }
    }
}
