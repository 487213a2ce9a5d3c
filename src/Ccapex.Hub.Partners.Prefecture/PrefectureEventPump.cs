using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>
/// Moves the Préfecture's events to the hub: each pending batch's readable lines are sent (broker-confirmed),
/// then the batch is completed with every line's outcome. When a send is not confirmed the batch is left as it
/// is and offered again later, with the same ids, which the hub recognises.
/// </summary>
public sealed class PrefectureEventPump(
    IPrefectureEventSource source,
    IHubSender hub,
    IOptions<PrefectureOptions> options,
    ILogger<PrefectureEventPump> logger) : BackgroundService
{
    /// <summary>Sends and completes every pending batch once; returns how many were completed.</summary>
    public async Task<int> PumpOnceAsync(CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var batch in await source.PendingAsync(cancellationToken).ConfigureAwait(false))
        {
            // In file order, one confirm at a time: a stage should not overtake the one before it on the same intake queue.
            foreach (var line in batch.Lines.Where(l => l.Message is not null))
            {
                await Send(line.Message!, cancellationToken).ConfigureAwait(false);
            }

            var outcomes = batch.Lines.Select(EventLineOutcome.From).ToList();
            await source.CompleteAsync(batch, outcomes, cancellationToken).ConfigureAwait(false);
            var refused = outcomes.Count(o => o.Status == EventLineOutcome.RefusedStatus);
            logger.BatchHandled(batch.Name, outcomes.Count, outcomes.Count - refused, refused);
            completed++;
        }

        return completed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ScanInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PumpOnceAsync(stoppingToken).ConfigureAwait(false);
                await source.WaitForEventsAsync(interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                // Broker not confirming, folder unreachable: what was not completed is offered again next time.
                logger.PumpFailed(failure);
                try
                {
                    await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private Task Send(IPartnerMessage message, CancellationToken cancellationToken) => message switch
    {
        ReportDaloCfpRisk risk => hub.SendAsync(risk, cancellationToken),
        ProcedureStageReached stage => hub.SendAsync(stage, cancellationToken),
        _ => throw new InvalidOperationException($"The Préfecture does not send {message.GetType().Name}."),
    };
}
