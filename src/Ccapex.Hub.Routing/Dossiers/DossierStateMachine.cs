using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Timeouts;
using MassTransit;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// One instance per household dossier. The procedure stage is data on the dossier; the states track the
/// CCAPEX's own cycle: open, examined, six-month follow-up under way, follow-up closed. Each transition names
/// the charter flow it serves; what a flow does lives in <see cref="DossierWorkflow"/>.
/// </summary>
public sealed class DossierStateMachine : MassTransitStateMachine<Dossier>
{
    private readonly DossierWorkflow _workflow;
    private readonly IHandledMessageJournal _journal;

    public DossierStateMachine(DossierWorkflow workflow, IHandledMessageJournal journal)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        _workflow = workflow;
        _journal = journal;
        InstanceState(x => x.CurrentState);

        Opening(() => CdpNotified);
        Opening(() => AssignationNotified);
        Opening(() => DaloRiskReported);
        Opening(() => ComedReferralSubmitted);
        Opening(() => ComplexSituationReferred);
        Opening(() => LandlordReferred);
        Following(() => RightsChecked);
        Following(() => ExaminationConcluded);
        Following(() => OverindebtednessReported);
        Following(() => StatusReported);
        Following(() => StageReached);
        Following(() => SocialDiagnosisReported);
        Following(() => DaloBlockersReviewed);
        Following(() => FollowUpDue);
        Following(() => DeadlineReached);

        Initially(
            When(CdpNotified).ThenAsync(c => OnceAsync(c, () => workflow.F01CdpNotified(c.Saga, In(c), c.Message))).TransitionTo(Open),
            When(AssignationNotified).ThenAsync(c => OnceAsync(c, () => workflow.F06AssignationNotified(c.Saga, In(c), c.Message))).TransitionTo(Open),
            When(DaloRiskReported).ThenAsync(c => OnceAsync(c, () => workflow.F07DaloRiskReported(c.Saga, In(c), c.Message))).TransitionTo(Open),
            When(ComedReferralSubmitted).ThenAsync(c => OnceAsync(c, () => workflow.F09ComedReferral(c.Saga, In(c), c.Message))).TransitionTo(Open),
            When(ComplexSituationReferred).ThenAsync(c => OnceAsync(c, () => workflow.F10ComplexSituationReferral(c.Saga, In(c), c.Message))).TransitionTo(Open),
            When(LandlordReferred).ThenAsync(c => OnceAsync(c, () => workflow.F18LandlordReferral(c.Saga, In(c), c.Message))).TransitionTo(Open));

        DuringAny(
            // F1, F6, F7, F9, F10: a new procedure step or referral; on a closed dossier it reopens the case.
            When(CdpNotified).ThenAsync(c => OnceAsync(c, () => workflow.F01CdpNotified(c.Saga, In(c), c.Message))),
            When(AssignationNotified).ThenAsync(c => OnceAsync(c, () => workflow.F06AssignationNotified(c.Saga, In(c), c.Message))),
            When(DaloRiskReported).ThenAsync(c => OnceAsync(c, () => workflow.F07DaloRiskReported(c.Saga, In(c), c.Message))),
            When(ComedReferralSubmitted).ThenAsync(c => OnceAsync(c, () => workflow.F09ComedReferral(c.Saga, In(c), c.Message))),
            When(ComplexSituationReferred).ThenAsync(c => OnceAsync(c, () => workflow.F10ComplexSituationReferral(c.Saga, In(c), c.Message))),
            // F18: a company landlord's referral, two months before it may assign (art. 24 II).
            When(LandlordReferred).ThenAsync(c => OnceAsync(c, () => workflow.F18LandlordReferral(c.Saga, In(c), c.Message))),
            // F4 -> F5: the CAF's rights check, and targeted intervention when it calls for it.
            When(RightsChecked).ThenAsync(c => OnceAsync(c, () => workflow.F04RightsChecked(c.Saga, In(c), c.Message))),
            // F12: overindebtedness file status.
            When(OverindebtednessReported).ThenAsync(c => OnceAsync(c, () => workflow.F12OverindebtednessReported(c.Saga, In(c), c.Message))),
            // F15: procedure stages and the legal delays they are checked against.
            When(StageReached).ThenAsync(c => OnceAsync(c, () => workflow.F15StageReached(c.Saga, In(c), c.Message))),
            // F16: the Département's social diagnosis before the hearing, expected on every assignation (F6).
            When(SocialDiagnosisReported).ThenAsync(c => OnceAsync(c, () => workflow.F16SocialDiagnosisReported(c.Saga, In(c), c.Message))),
            // F17: the Département's and the CAF's answers to a DALO blockers review (F8).
            When(DaloBlockersReviewed).ThenAsync(c => OnceAsync(c, () => workflow.F17DaloBlockersReviewed(c.Saga, In(c), c.Message))),
            // F14: only expected while a follow-up is under way; otherwise refused.
            When(StatusReported).ThenAsync(c => OnceAsync(c, () => workflow.F14StatusReported(c.Saga, In(c), c.Message))),
            // Reminders and escalations of every obligation (F3/F4, F13/F14, the CFP decision).
            When(DeadlineReached).ThenAsync(c => OnceAsync(c, () => workflow.DeadlineReached(c.Saga, In(c), c.Message))));

        During(Closed,
            When(CdpNotified).TransitionTo(Open),
            When(AssignationNotified).TransitionTo(Open),
            When(DaloRiskReported).TransitionTo(Open),
            When(ComedReferralSubmitted).TransitionTo(Open),
            When(ComplexSituationReferred).TransitionTo(Open),
            When(LandlordReferred).TransitionTo(Open));

        // F11: the CCAPEX examined the dossier; the follow-up (F13) is due six months later.
        During(Open, Examined, FollowingUp, Closed,
            When(ExaminationConcluded).ThenAsync(c => OnceAsync(c, () => workflow.F11ExaminationConcluded(c.Saga, In(c), c.Message))).TransitionTo(Examined));

        // F13: six months on, every partner involved is asked; nobody to ask closes the follow-up at once.
        During(Examined,
            When(FollowUpDue)
                .ThenAsync(c => OnceAsync(c, () => workflow.F13RequestFollowUp(c.Saga, In(c), c.Message)))
                .IfElse(
                    c => DossierWorkflow.FollowUpComplete(c.Saga),
                    nobodyToAsk => nobodyToAsk.TransitionTo(Closed),
                    asked => asked.TransitionTo(FollowingUp)));

        // A follow-up timeout outlived by a newer examination (rescheduled under the same key) changes nothing.
        During(Open, FollowingUp, Closed,
            Ignore(FollowUpDue));

        // F14 and escalations: the follow-up closes when every partner asked has answered or been escalated.
        During(FollowingUp,
            When(StatusReported).If(c => DossierWorkflow.FollowUpComplete(c.Saga), b => b.TransitionTo(Closed)),
            When(DeadlineReached).If(c => DossierWorkflow.FollowUpComplete(c.Saga), b => b.TransitionTo(Closed)));
    }

    public State Open { get; private set; } = null!;

    public State Examined { get; private set; } = null!;

    public State FollowingUp { get; private set; } = null!;

    public State Closed { get; private set; } = null!;

    public Event<SubmitCdpNotification> CdpNotified { get; private set; } = null!;

    public Event<NotifyAssignation> AssignationNotified { get; private set; } = null!;

    public Event<ReportDaloCfpRisk> DaloRiskReported { get; private set; } = null!;

    public Event<SubmitComedReferral> ComedReferralSubmitted { get; private set; } = null!;

    public Event<SubmitComplexSituationReferral> ComplexSituationReferred { get; private set; } = null!;

    public Event<HousingBenefitRightsChecked> RightsChecked { get; private set; } = null!;

    public Event<CcapexExaminationConcluded> ExaminationConcluded { get; private set; } = null!;

    public Event<OverindebtednessStatusReported> OverindebtednessReported { get; private set; } = null!;

    public Event<SixMonthStatusReported> StatusReported { get; private set; } = null!;

    public Event<ProcedureStageReached> StageReached { get; private set; } = null!;

    public Event<SocialDiagnosisReported> SocialDiagnosisReported { get; private set; } = null!;

    public Event<SubmitLandlordReferral> LandlordReferred { get; private set; } = null!;

    public Event<DaloBlockersReviewed> DaloBlockersReviewed { get; private set; } = null!;

    public Event<FollowUpDue> FollowUpDue { get; private set; } = null!;

    public Event<ObligationDeadlineReached> DeadlineReached { get; private set; } = null!;

    private static Inbound In<T>(BehaviorContext<Dossier, T> context)
        where T : class
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without MessageId cannot be routed.");
        // Applied by the intake: its payload. On the dossier queue (the hub's own timeouts): the message itself.
        var submission = context.TryGetPayload<PartnerSubmission>(out var applied) ? applied.Id : messageId;
        var sender = Inbound.HubSender;
        if (context.Message is IPartnerMessage partnerMessage)
        {
            // Everything the dossier derives from the message (handled ids, receipts, copies) is the sender's own.
            messageId = MessageScope.Of(messageId, partnerMessage.Sender);
            submission = MessageScope.Of(submission, partnerMessage.Sender);
            sender = partnerMessage.Sender.Value;
        }

        return new(messageId, context.ResponseAddress, context.RequestId, submission, sender);
    }

    /// <summary>
    /// Runs a step unless this very message was already handled; then its receipt is only sent again. Handled means in
    /// the dossier's window of ids or, once that window has dropped ids, in the journal of older ones (one read, only
    /// for a message the window does not know, on a dossier that has handled more messages than the window holds).
    /// </summary>
    private async Task OnceAsync<T>(BehaviorContext<Dossier, T> context, Action step)
        where T : class
    {
        // The keys the intake resolved go with this write, as data on the dossier; the key table's participant files
        // them in the row's transaction (a redelivery files them again: nothing changes).
        if (context.TryGetPayload<PartnerSubmission>(out var applied))
        {
            context.Saga.PendingKeys.Clear();
            context.Saga.PendingKeys.AddRange(applied.KeysToFile);
            context.Saga.PendingArrival = applied.Arrival;
        }

        var inbound = In(context);
        var journaled = context.Saga.HandledWindowTrimmed && inbound.Sender != Inbound.HubSender && !DossierWorkflow.InWindow(context.Saga, inbound)
            && await _journal.ContainsAsync(inbound.Sender, inbound.MessageId, context.CancellationToken).ConfigureAwait(false);
        if (_workflow.FirstTime(context.Saga, inbound, journaled))
        {
            step();
        }
        else
        {
            _workflow.Replay(context.Saga, inbound, context.Message);
        }
    }

    /// <summary>Events that may open a dossier: the intake found or created its id; the first one to commit creates the row.</summary>
    private void Opening<T>(System.Linq.Expressions.Expression<Func<Event<T>>> property)
        where T : class =>
        Event(property, x =>
        {
            x.CorrelateById(c => c.CorrelationId ?? throw new InvalidOperationException("A dossier message needs the CorrelationId the intake sets."));

            // No early insert: a new dossier is written once, with its outbox rows. Two openers racing on one
            // id make the second commit conflict; its retry loads the dossier the first one saved.
            x.SetSagaFactory(c => new Dossier { CorrelationId = c.CorrelationId!.Value });
        });

    /// <summary>Events about an existing dossier; a missing one faults so the retry waits for its opening message.</summary>
    private void Following<T>(System.Linq.Expressions.Expression<Func<Event<T>>> property)
        where T : class =>
        Event(property, x =>
        {
            x.CorrelateById(c => c.CorrelationId ?? throw new InvalidOperationException("A dossier message needs the CorrelationId the intake sets."));
            x.OnMissingInstance(m => m.Fault());
        });
}
