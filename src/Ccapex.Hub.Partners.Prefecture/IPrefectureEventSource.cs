namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>
/// Port: where the Préfecture's events come from, in batches (a file, a database page, an API call). The worker
/// sends a batch's messages, then completes it with the outcome of each line; a batch not completed (broker down,
/// crash) is offered again, with the same message ids.
/// </summary>
public interface IPrefectureEventSource
{
    /// <summary>Batches ready to send, oldest first.</summary>
    Task<IReadOnlyList<PrefectureEventBatch>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>The batch was handled: its sent lines are confirmed by the broker, its refused lines reported.</summary>
    Task CompleteAsync(PrefectureEventBatch batch, IReadOnlyList<EventLineOutcome> outcomes, CancellationToken cancellationToken);

    /// <summary>Waits until new events may be there, or <paramref name="timeout"/>.</summary>
    Task WaitForEventsAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
