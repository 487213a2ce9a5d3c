using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// ccapex.outbox.lag: how long the oldest unsent row has been due, in seconds (0 when nothing waits). Read from the store
/// every <see cref="Interval"/> rather than in the gauge's callback, which an exporter calls on its own thread and must not
/// wait on a database. A relay that stops, or a broker that refuses, shows as a lag that grows.
/// </summary>
public sealed partial class OutboxLagGauge : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private static readonly Meter Meter = new("Ccapex.Hub");

    private static double _lagSeconds;

    private readonly HubStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxLagGauge> _logger;

    static OutboxLagGauge() => Meter.CreateObservableGauge("ccapex.outbox.lag", () => Volatile.Read(ref _lagSeconds), "s",
        "Age of the oldest outbox row that is due and not sent.");

    public OutboxLagGauge(HubStore store, TimeProvider timeProvider, ILogger<OutboxLagGauge> logger)
    {
        _store = store;
        _time = timeProvider;
        _logger = logger;
    }

    /// <summary>Reads the oldest due unsent row now; returns the lag in seconds and shows it on the gauge.</summary>
    public async Task<double> SampleAsync(CancellationToken cancellationToken = default)
    {
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // The relay's own index (outbox_due) answers it: the first entry of the unsent rows, by due time.
            var oldest = await _store.Dialect.ScalarAsync(connection, null,
                $"SELECT MIN({OutboxQueries.DueTime}) FROM outbox WHERE sent_at IS NULL AND {OutboxQueries.DueTime} <= @now",
                cancellationToken, ("@now", now)).ConfigureAwait(false);
            var lag = Instant(oldest) is { } due ? Math.Max(0, (now - due).TotalSeconds) : 0;
            Volatile.Write(ref _lagSeconds, lag);
            return lag;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SampleAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(Interval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A store outage is the relay's and the health check's to report; the gauge waits and reads again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogSampleFailed(exception);
                await Task.Delay(Interval, _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    // SQLite keeps instants as ISO text, PostgreSQL as timestamptz.
    private static DateTimeOffset? Instant(object? value) => value switch
    {
        DateTimeOffset instant => instant,
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the outbox lag; reading again shortly")]
    partial void LogSampleFailed(Exception exception);
}
