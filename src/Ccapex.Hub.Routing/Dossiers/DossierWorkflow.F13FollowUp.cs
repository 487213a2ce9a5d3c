using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Timeouts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// F13 (action 23): six months after the examination, every partner involved in the dossier is asked how
    /// the household is doing; each answer (F14) is an obligation with a deadline, reminders and escalation.
    /// </summary>
    public void F13RequestFollowUp(Dossier dossier, Inbound inbound, FollowUpDue due)
    {
        var rule = rules["F13"];
        var followUpId = DossierOutbox.NewId(inbound.MessageId, "follow-up");
        dossier.FollowUpId = followUpId;
        var answerDue = Now + rule.Answer!.Within;
        var addressees = rule.Recipients[0].Among
            .SelectMany(role => dossier.InvolvedPartners.Where(p => p.Role == role))
            .SelectMany(p => DossierMembers.Resolve(rules, dossier, p)).Distinct().ToList();
        foreach (var partner in addressees)
        {
            DossierOutbox.Deliver(dossier, inbound.MessageId, partner, new RequestSixMonthFollowUp
            {
                MessageId = DossierOutbox.NewId(inbound.MessageId, $"follow-up:{partner.Value}"),
                SentAt = Now,
                Sender = PartnerCode.Drihl,
                DossierId = dossier.CorrelationId,
                FollowUpId = followUpId,
                Addressee = partner,
                ExaminedOn = due.ExaminedOn,
                AnswerDueBy = DateOnly.FromDateTime(answerDue.UtcDateTime),
                Recommendations = dossier.Recommendations.Where(r => r.Addressee == partner).Select(r => r.Text).ToList(),
            });
            Expect(dossier, inbound.MessageId, rule.Flow, rule.Answer, partner, answerDue, followUpId);
        }

        dossier.Timeline.Add(new TimelineEntry
        {
            At = Now,
            Flow = rule.Flow,
            MessageType = nameof(RequestSixMonthFollowUp),
            MessageId = followUpId,
            From = PartnerCode.Drihl,
            To = addressees,
            Note = addressees.Count == 0 ? "no partner involved besides the DRIHL: nothing to ask" : null,
        });
    }

    /// <summary>F14 (action 23): a partner's six-month answer. Only a partner asked in this follow-up may answer.</summary>
    public void F14StatusReported(Dossier dossier, Inbound inbound, SixMonthStatusReported status)
    {
        if (!Reachable(dossier, inbound, status))
        {
            return;
        }

        if (status.FollowUpId != dossier.FollowUpId
            || !dossier.Obligations.Any(o => o.FollowUpId == status.FollowUpId && o.Partner == status.Sender))
        {
            Reject(dossier, inbound, status, RejectionCodes.NotExpected,
                $"No six-month follow-up {status.FollowUpId} was asked of {status.Sender} on this dossier.", "F14");
            return;
        }

        if (!Route(dossier, inbound, status))
        {
            return;
        }

        var obligation = Discharge(dossier, status.Sender, nameof(SixMonthStatusReported), status.FollowUpId);
        dossier.FollowUpAnswers.Add(new FollowUpAnswer
        {
            FollowUpId = status.FollowUpId,
            Partner = status.Sender,
            Situation = status.Situation,
            At = Now,
            OnTime = obligation is { RemindersSent: 0 } && Now <= obligation.DueAt,
            RemindersSent = obligation?.RemindersSent ?? 0,
        });
        Accept(dossier, inbound, status);
    }

    /// <summary>The follow-up is over when every partner asked has answered or been escalated.</summary>
    public static bool FollowUpComplete(Dossier dossier) =>
        dossier.FollowUpId is { } id
        && dossier.Obligations.Where(o => o.FollowUpId == id).All(o => o.Status != ObligationStatus.Open);
}
