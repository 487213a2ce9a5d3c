using System.Data.Common;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Sends the outbox's due rows (the envelope bytes each row keeps) through MassTransit a batch at a time (read earliest due first, then in
/// id order), with all the batch's sends in flight together, and marks the confirmed ones sent in one
/// statement. Wakes at once
/// when a saga commits rows in this process (<see cref="OutboxSignal"/>) and polls for the rest
/// (scheduled rows coming due, rows of other instances). Delivery is at least once: a crash
/// between the broker's confirms and the mark re-sends the batch's rows with the same message ids.
/// </summary>
public sealed partial class OutboxRelay : BackgroundService
{
    private readonly HubStore _store;
    private readonly OutboxSignal _signal;
    private readonly OutboxRelayOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxRelay> _logger;
    private readonly OutboxSender _sender;
    private readonly SemaphoreSlim _dispatching = new(1, 1);
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    public OutboxRelay(HubStore store, IBus bus, OutboxSignal signal, IOptions<OutboxRelayOptions> options, TimeProvider timeProvider,
        ILogger<OutboxRelay> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _signal = signal;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
        _sender = new OutboxSender(bus, _options, store.Destinations);
        // Rows written from now on name this bus in their envelope, as a send from it would.
        store.BusAddress = bus.Address;
    }

    private SqlDialect Dialect => _store.Dialect;

    /// <summary>
    /// Sends every row due now, batch after batch, and returns how many were sent. A row whose send
    /// fails is put back for a later attempt (with a growing delay), the rest of its batch is marked
    /// sent, and the round ends after that batch.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        await _dispatching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var total = 0;
            while (true)
            {
                var (sent, more) = await DispatchBatchAsync(cancellationToken).ConfigureAwait(false);
                total += sent;
                if (!more)
                {
                    return total;
                }
            }
        }
        finally
        {
            _dispatching.Release();
        }
    }

    /// <summary>Deletes sent rows older than the retention; returns how many.</summary>
    public async Task<int> PurgeSentAsync(CancellationToken cancellationToken = default)
    {
        if (_options.SentRetention is not { } retention)
        {
            return 0;
        }

        await _store.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await OutboxQueries.PurgeSentAsync(Dialect, connection, _time.GetUtcNow() - retention, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                if (_time.GetUtcNow() >= _nextPurge)
                {
                    var purged = await PurgeSentAsync(stoppingToken).ConfigureAwait(false);
                    if (purged > 0)
                    {
                        LogPurged(purged);
                    }

                    _nextPurge = _time.GetUtcNow() + _options.PurgeInterval;
                }

                await WaitForWorkAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The relay must outlive a database or broker outage: log, wait, try again.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogRoundFailed(exception);
                await WaitForWorkAsync(stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        using var poll = new CancellationTokenSource(_options.PollInterval, _time);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, poll.Token);
        try
        {
            await _signal.WaitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The poll interval elapsed.
        }
    }

    private async Task<(int Sent, bool More)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var connection = await _store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // PostgreSQL: the rows stay locked (FOR UPDATE SKIP LOCKED) until marked, so another
            // instance skips them. SQLite: one instance, read without holding the write lock.
            var claim = Dialect.ClaimsRowsInTransaction
                ? await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false)
                : null;
            try
            {
                var rows = await OutboxQueries.ReadDueAsync(Dialect, connection, claim, _time.GetUtcNow(), _options.BatchSize, cancellationToken)
                    .ConfigureAwait(false);
                List<long> sent = new(rows.Count);
                List<OutboxSent> confirmed = new(rows.Count);
                List<(OutboxRow Row, Exception Error)> failures = [];
                Exception? cancelled = null;
                try
                {
                    // All the batch in flight at once, then wait for every confirm: one confirm
                    // latency per batch instead of one per row. Rows may reach the broker out of id
                    // order within a batch; partners must not rely on order across messages.
                    var outcomes = await Task.WhenAll(rows.Select(row => TrySendAsync(row, cancellationToken))).ConfigureAwait(false);
                    for (var i = 0; i < rows.Count; i++)
                    {
                        switch (outcomes[i].Error)
                        {
                            case null:
                                sent.Add(rows[i].Id);
                                confirmed.Add(new OutboxSent(rows[i].MessageId, rows[i].Destination, rows[i].CorrelationId, outcomes[i].HandedAt, outcomes[i].ConfirmedAt));
                                break;
                            case OperationCanceledException stopped when cancellationToken.IsCancellationRequested:
                                cancelled ??= stopped;
                                break;
                            case var error:
                                failures.Add((rows[i], error));
                                break;
                        }
                    }
                }
                finally
                {
                    // Even when stopping: what the broker confirmed is marked, or it would go twice.
                    if (rows.Count > 0)
                    {
                        await MarkAsync(connection, claim, sent, confirmed, failures).ConfigureAwait(false);
                    }
                }

                if (cancelled is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cancelled);
                }

                return (sent.Count, failures.Count == 0 && rows.Count == _options.BatchSize);
            }
            finally
            {
                if (claim is not null)
                {
                    await claim.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>
    /// Sends one row; returns no error once the broker confirmed it (with when it was handed over and when the confirm
    /// came back, for the delivery journal), or what went wrong.
    /// </summary>
    private async Task<(Exception? Error, DateTimeOffset HandedAt, DateTimeOffset ConfirmedAt)> TrySendAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var handedAt = _time.GetUtcNow();
        try
        {
            await _sender.SendAsync(row, cancellationToken).ConfigureAwait(false);
            var confirmedAt = _time.GetUtcNow();
            // Crash tests: the broker has the message, the batch is not marked sent.
            CrashPoint.Reach(CrashPoint.RelaySent);
            return (null, handedAt, confirmedAt);
        }
#pragma warning disable CA1031 // A failed row is put back with a retry delay; the others of the batch go on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return (exception, handedAt, handedAt);
        }
    }

    /// <summary>
    /// Marks the batch: in the claim's transaction where rows are claimed (PostgreSQL); otherwise through the
    /// store's transactions, so that with group commit the mark joins the saga writes' next commit instead of
    /// competing with them for SQLite's single write lock (a loser sleeps in the busy handler: tail latency).
    /// </summary>
    private async Task MarkAsync(DbConnection connection, DbTransaction? claim, List<long> sent, List<OutboxSent> confirmed,
        List<(OutboxRow Row, Exception Error)> failures)
    {
        if (claim is null)
        {
            await _store.InTransactionAsync((c, t) => MarkRowsAsync(c, t, sent, confirmed, failures), CancellationToken.None, connection).ConfigureAwait(false);
            return;
        }

        await MarkRowsAsync(connection, claim, sent, confirmed, failures).ConfigureAwait(false);
        await claim.CommitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The mark, and the delivery journal's record of the confirmed sends in the same transaction.</summary>
    private async Task MarkRowsAsync(DbConnection connection, DbTransaction transaction, List<long> sent, List<OutboxSent> confirmed,
        List<(OutboxRow Row, Exception Error)> failures)
    {
        var now = _time.GetUtcNow();
        if (sent.Count > 0)
        {
            await OutboxQueries.MarkSentAsync(Dialect, connection, transaction, sent, now, CancellationToken.None).ConfigureAwait(false);
            if (_store.OutboxJournal is { } journal)
            {
                await journal.SentAsync(new StoreTransaction(Dialect, connection, transaction, now), confirmed, CancellationToken.None).ConfigureAwait(false);
            }
        }

        foreach (var (row, error) in failures)
        {
            var delay = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, row.Attempts), _options.MaxRetryDelay.TotalSeconds));
            await OutboxQueries.PostponeAsync(Dialect, connection, transaction, row.Id, now + delay, error.Message, CancellationToken.None)
                .ConfigureAwait(false);
            LogSendFailed(error, row.MessageId, row.Destination, row.Attempts + 1, delay);
        }
    }

    public override void Dispose()
    {
        _dispatching.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} to {Destination} failed (attempt {Attempt}); retrying in {Delay}")]
    partial void LogSendFailed(Exception exception, Guid messageId, string destination, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay round failed; retrying at the next poll")]
    partial void LogRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} sent outbox rows past retention")]
    partial void LogPurged(int count);
}
