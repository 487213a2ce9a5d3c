using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Timeouts;

namespace Ccapex.Hub.Routing.Dossiers;

public sealed partial class DossierWorkflow
{
    /// <summary>
    /// An obligation's deadline came: remind the partner, and once the reminders allowed by its rule are spent,
    /// escalate to the DRIHL. A CFP request left unanswered is recorded as an implicit refusal.
    /// </summary>
    public void DeadlineReached(Dossier dossier, Inbound inbound, ObligationDeadlineReached deadline)
    {
        var obligation = dossier.Obligations.FirstOrDefault(o => o.Id == deadline.ObligationId);
        if (obligation is null || obligation.Status != ObligationStatus.Open || obligation.RemindersSent != deadline.RemindersSent)
        {
            return;
        }

        var policy = obligation.Flow == "F15" ? null : rules[obligation.Flow].Answer;
        if (obligation.Flow == "F3" && obligation.RemindersSent == 0)
        {
            F05OnCafCheckOverdue(dossier, inbound.MessageId);
        }

        if (policy is not null && obligation.RemindersSent < policy.RemindersBeforeEscalation)
        {
            obligation.RemindersSent++;
            DossierOutbox.Deliver(dossier, inbound.MessageId, obligation.Partner, new RemindOverdueAnswer
            {
                MessageId = DossierOutbox.NewId(inbound.MessageId, "reminder"),
                SentAt = Now,
                DossierId = dossier.CorrelationId,
                Flow = obligation.Flow,
                ExpectedMessage = obligation.ExpectedMessage,
                Addressee = obligation.Partner,
                DueAt = obligation.DueAt,
                Reminder = obligation.RemindersSent,
            });
            Note(dossier, obligation, $"reminder {obligation.RemindersSent} sent to {obligation.Partner}");

            // Counted where decided: it leaves as the outbox row's stored envelope, which the send observers do not read.
            Metrics.HubMetrics.ObligationOverdue(obligation.Flow, "reminder");
            ScheduleDeadline(dossier, obligation, Now + policy.ReminderEvery);
            return;
        }

        obligation.Status = ObligationStatus.Escalated;
        obligation.ClosedAt = Now;
        if (obligation.Flow == "F15")
        {
            dossier.CfpGranted = false;
            Alert(dossier, inbound.MessageId, ProcedureAlertCodes.CfpImplicitRefusal,
                $"No CFP decision more than {_options.CfpSilenceMonths} months after the request of {dossier.CfpRequestedOn:yyyy-MM-dd}: the silence is a refusal.");
            return;
        }

        Metrics.HubMetrics.ObligationOverdue(obligation.Flow, "escalation");
        DossierOutbox.Deliver(dossier, inbound.MessageId, PartnerCode.Drihl, new EscalateOverdueAnswer
        {
            MessageId = DossierOutbox.NewId(inbound.MessageId, "escalation"),
            SentAt = Now,
            DossierId = dossier.CorrelationId,
            Flow = obligation.Flow,
            ExpectedMessage = obligation.ExpectedMessage,
            Partner = obligation.Partner,
            DueAt = obligation.DueAt,
            RemindersSent = obligation.RemindersSent,
        });
        Note(dossier, obligation, $"escalated to DRIHL: {obligation.Partner} did not answer after {obligation.RemindersSent} reminders");
    }

    private void Note(Dossier dossier, Obligation obligation, string note) =>
        dossier.Timeline.Add(new TimelineEntry
        {
            At = Now,
            Flow = obligation.Flow,
            MessageType = obligation.ExpectedMessage,
            MessageId = obligation.Id,
            From = PartnerCode.Drihl,
            To = [obligation.Partner],
            Note = note,
        });
}
