using MassTransit;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// Opens, takes notes, closes. Every step records a notice in the outbox instead of sending it,
/// and notes are deduplicated by message id through the saga's own inbox.
/// </summary>
public sealed class TestDossierStateMachine : MassTransitStateMachine<TestDossier>
{
    public TestDossierStateMachine()
    {
        InstanceState(x => x.CurrentState);
        // Opening inserts the row before the state machine runs (SendSagaPipe's Insert, then Update);
        // a rejection goes the missing-saga way (Add, then Discard as it finalizes at once).
        Event(() => Opened, e =>
        {
            e.CorrelateById(c => c.Message.DossierId);
            e.InsertOnInitial = true;
            e.SetSagaFactory(c => new TestDossier { CorrelationId = c.Message.DossierId });
        });
        Event(() => Noted, e => e.CorrelateById(c => c.Message.DossierId));
        Event(() => Closed, e => e.CorrelateById(c => c.Message.DossierId));
        Event(() => Rejected, e => e.CorrelateById(c => c.Message.DossierId));

        Initially(
            When(Opened)
                .Then(c =>
                {
                    c.Saga.Title = c.Message.Title;
                    c.Saga.OpenedAt = DateTimeOffset.UtcNow;
                    Emit(c.Saga, c.MessageId, "opened");
                })
                .TransitionTo(Open),
            When(Rejected)
                .Then(c => Emit(c.Saga, c.MessageId, "rejected: " + c.Message.Reason))
                .Finalize());

        During(Open,
            When(Noted)
                .If(c => !c.Saga.HandledMessageIds.Contains(c.MessageId ?? Guid.Empty), note => note
                    .Then(c =>
                    {
                        c.Saga.HandledMessageIds.Add(c.MessageId ?? Guid.Empty);
                        c.Saga.Notes++;
                        // A fresh id per attempt: an entry leaking from a failed attempt would show as an extra row.
                        Emit(c.Saga, NewId.NextGuid(), "note: " + c.Message.Text);
                    })),
            When(Closed)
                .Then(c => Emit(c.Saga, c.MessageId, "closed"))
                .Finalize());

        SetCompletedWhenFinalized();
    }

    public State Open { get; private set; } = null!;

    public Event<OpenTestDossier> Opened { get; private set; } = null!;

    public Event<NoteTestDossier> Noted { get; private set; } = null!;

    public Event<CloseTestDossier> Closed { get; private set; } = null!;

    public Event<RejectTestDossier> Rejected { get; private set; } = null!;

    private static void Emit(TestDossier dossier, Guid? messageId, string text) =>
        dossier.PendingOutbox.Add(TestNotice.Entry(messageId ?? NewId.NextGuid(), dossier.CorrelationId, text));
}
