using MassTransit;
using MassTransit.Middleware;
using MassTransit.Saga;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// Applies a partner message the intake accepted to its dossier in the intake's own consume, without a second trip
/// through the broker: the dossier state machine's event for <typeparamref name="T"/>, under the same saga policy
/// (open or fault when missing) as on the dossier queue, through the dossier's saga repository (the hub store: row and outbox in one
/// transaction, committed before the partner's message is acknowledged).
/// </summary>
public sealed class DossierEntry<T>
    where T : class
{
    private readonly EventCorrelation<Dossier, T>? _correlation;
    private readonly IPipe<SagaConsumeContext<Dossier, T>>? _pipe;

    public DossierEntry(DossierStateMachine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);

        // The intake serves hub-only types too (it refuses them before this): those have no dossier event.
        _correlation = machine.Correlations.OfType<EventCorrelation<Dossier, T>>().SingleOrDefault();
        if (_correlation is not null)
        {
            var filter = new StateMachineSagaMessageFilter<Dossier, T>(machine, _correlation.Event);
            _pipe = Pipe.New<SagaConsumeContext<Dossier, T>>(p => p.UseFilter(filter));
        }
    }

    /// <param name="submissionId">The partner's delivery (its transport id): a broker redelivery keeps it.</param>
    /// <param name="keysToFile">The dossier's keys, to commit with its write (none: filed already).</param>
    /// <param name="arrival">The delivery's facts, journaled with the dossier's write (null: not journaled).</param>
    public Task ApplyAsync(ISagaRepositoryContextFactory<Dossier> repository, ConsumeContext<T> context, Guid dossierId, Guid messageId, Guid submissionId,
        IReadOnlyList<string>? keysToFile = null, Audit.JournalArrival? arrival = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(context);
        if (_correlation is null || _pipe is null)
        {
            throw new InvalidOperationException($"The dossier state machine has no event for {typeof(T).Name}.");
        }

        var dossierContext = new DossierConsumeContext<T>(context, dossierId, messageId);
        var submission = new PartnerSubmission(submissionId, keysToFile ?? [], arrival);
        dossierContext.AddOrUpdatePayload(() => submission, _ => submission);
        return repository.Send(dossierContext, new SendSagaPipe<Dossier, T>(_correlation.Policy, _pipe, dossierId));
    }
}
