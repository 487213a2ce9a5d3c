using Ccapex.Hub.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Journal;

/// <summary>
/// Runs the sealer every <see cref="JournalOptions.SealInterval"/> (at once again while a round found a full batch),
/// and a last round with a checkpoint when the hub stops, so a graceful stop leaves no unsigned row behind.
/// </summary>
public sealed partial class JournalSealerService(HubStore store, JournalKey key, IOptions<JournalOptions> options, TimeProvider time,
    ILogger<JournalSealerService> logger) : BackgroundService
{
    private readonly JournalOptions _options = options.Value;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while ((await JournalSealer.SealAsync(store, key.Value, _options, forceCheckpoint: true, cancellationToken).ConfigureAwait(false)).Sealed
                   == _options.SealBatchSize)
            {
            }
        }
#pragma warning disable CA1031 // A last round that fails leaves rows for the next start's sealer: log it, let the stop go on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogRoundFailed(exception);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await store.EnsureCreatedAsync(stoppingToken).ConfigureAwait(false);
        _ = key.Value; // a key the hub cannot use stops the start (it throws here), not a round weeks later.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var round = await JournalSealer.SealAsync(store, key.Value, _options, cancellationToken: stoppingToken).ConfigureAwait(false);
                if (round.Sealed == _options.SealBatchSize)
                {
                    continue;
                }

                await Task.Delay(_options.SealInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The sealer must outlive a database outage: log, wait, try again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogRoundFailed(exception);
                await Task.Delay(_options.SealInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Journal sealing round failed; retrying")]
    partial void LogRoundFailed(Exception exception);
}
