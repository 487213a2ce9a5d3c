using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// Delivers one partner's queue to its webhook, one message at a time and in queue order (prefetch 1, manual
/// acks). A message is acked after a 2xx, or after it was parked with a broker confirm; never before. While
/// the partner's circuit is open the dispatcher cancels its consumer: messages wait in the queue.
/// </summary>
internal sealed class PartnerDispatcher
{
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(5);

    private readonly PartnerEndpoint _partner;
    private readonly WebhookSender _sender;
    private readonly ResiliencePipeline<AttemptResult> _pipeline;
    private readonly CircuitBreakerStateProvider _circuit = new();
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    // The message whose delivery an open circuit interrupted: its attempts count on when it comes back.
    private DeliveryAttempts? _interrupted;

    // What is left of the break the circuit announced when it refused the last attempt.
    private TimeSpan _breakRemaining;

    public PartnerDispatcher(PartnerEndpoint partner, HttpClient http, TimeProvider clock, ILogger logger)
    {
        _partner = partner;
        _sender = new WebhookSender(http, partner, clock);
        _pipeline = DeliveryPipeline.Build(partner.Policy, _circuit, clock);
        _clock = clock;
        _logger = logger;
    }

    private enum Verdict
    {
        Done,
        CircuitOpen,
        Stopping,
    }

    /// <summary>Runs on <paramref name="connection"/> until <paramref name="stopping"/> (a stop, or the connection lost).</summary>
    public async Task RunAsync(IConnection connection, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await ConsumeUntilCircuitOpensAsync(connection, stopping).ConfigureAwait(false);
            }
            catch (Exception) when (stopping.IsCancellationRequested || !connection.IsOpen)
            {
                // The service reconnects; the message in hand, unacked, went back to the queue.
                return;
            }
#pragma warning disable CA1031 // A broker or channel failure must not end the partner's deliveries: start again.
            catch (Exception failure)
#pragma warning restore CA1031
            {
                _logger.DispatcherFailed(_partner.Code.Value, RestartDelay, failure);
                await Task.Delay(RestartDelay, _clock, stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task ConsumeUntilCircuitOpensAsync(IConnection connection, CancellationToken stopping)
    {
        var consuming = await connection.CreateChannelAsync(cancellationToken: stopping).ConfigureAwait(false);
        await using var consumingScope = consuming.ConfigureAwait(false);
        var confirming = await PartnerQueues.OpenConfirmingAsync(connection, stopping).ConfigureAwait(false);
        await using var confirmingScope = confirming.ConfigureAwait(false);
        await PartnerQueues.DeclareAsync(consuming, _partner.InboxQueue, stopping).ConfigureAwait(false);
        await PartnerQueues.DeclareAsync(consuming, _partner.ParkedQueue, stopping).ConfigureAwait(false);

        // One message in flight keeps the partner's order; the next one waits in the queue, not here.
        await consuming.BasicQosAsync(0, 1, global: false, stopping).ConfigureAwait(false);
        var inbox = Channel.CreateUnbounded<InboundMessage>(new UnboundedChannelOptions { SingleReader = true });
        var consumer = new AsyncEventingBasicConsumer(consuming);
        consumer.ReceivedAsync += (_, delivery) => inbox.Writer.WriteAsync(InboundMessage.Copy(delivery), stopping).AsTask();

        // A channel the broker closes, or a consumer it cancels (queue deleted), ends this run with an error: start again.
        consuming.ChannelShutdownAsync += (_, closed) =>
        {
            inbox.Writer.TryComplete(new IOException($"Channel on {_partner.InboxQueue} closed: {closed.ReplyCode} {closed.ReplyText}"));
            return Task.CompletedTask;
        };
        consumer.UnregisteredAsync += (_, _) =>
        {
            inbox.Writer.TryComplete(new IOException($"Consumer on {_partner.InboxQueue} cancelled."));
            return Task.CompletedTask;
        };
        var tag = await consuming.BasicConsumeAsync(_partner.InboxQueue, autoAck: false, consumer, stopping).ConfigureAwait(false);
        _logger.Ready(_partner.Code.Value, _partner.InboxQueue, _partner.Url);

        await foreach (var message in inbox.Reader.ReadAllAsync(stopping).ConfigureAwait(false))
        {
            switch (await HandleAsync(message, confirming, stopping).ConfigureAwait(false))
            {
                case Verdict.Done:
                    await consuming.BasicAckAsync(message.DeliveryTag, multiple: false, CancellationToken.None).ConfigureAwait(false);
                    break;
                case Verdict.CircuitOpen:
                    // Cancel first, so that the message put back is not handed to us again at once.
                    await consuming.BasicCancelAsync(tag, noWait: false, CancellationToken.None).ConfigureAwait(false);
                    await consuming.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, CancellationToken.None).ConfigureAwait(false);
                    var pause = _breakRemaining > TimeSpan.Zero ? _breakRemaining : _partner.Policy.BreakDuration;
                    _logger.CircuitOpen(_partner.Code.Value, _partner.InboxQueue, pause);
                    await Task.Delay(pause, _clock, stopping).ConfigureAwait(false);
                    return;
                default:
                    // Not acked: closing the channel puts it back in the queue for the next run.
                    return;
            }
        }
    }

    private async Task<Verdict> HandleAsync(InboundMessage message, IChannel confirming, CancellationToken stopping)
    {
        var (delivery, unreadable) = DeliveryReader.Read(message);
        if (delivery is null)
        {
            await ParkAsync(confirming, message, null, new ParkingReason(unreadable!, null, 0, null, null)).ConfigureAwait(false);
            return Verdict.Done;
        }

        var attempts = _interrupted?.MessageId == delivery.MessageId ? _interrupted : new DeliveryAttempts(delivery.MessageId);
        _interrupted = null;
        var outcome = await DeliverAsync(delivery, attempts, stopping).ConfigureAwait(false);
        if (stopping.IsCancellationRequested && outcome.Result is not { Succeeded: true })
        {
            return Verdict.Stopping;
        }

        switch (outcome.Exception, outcome.Result)
        {
            case (null, { Succeeded: true }):
                _logger.Delivered(delivery.MessageId, delivery.MessageType, _partner.Code.Value, attempts.Count);
                WebhookMetrics.Delivered(_partner.Code);
                return Verdict.Done;
            case (BrokenCircuitException broken, _):
                _interrupted = attempts;
                WebhookMetrics.CircuitOpen(_partner.Code);
                _breakRemaining = broken.RetryAfter ?? _partner.Policy.BreakDuration;
                return Verdict.CircuitOpen;
            case (null, { IsPermanent: true } refused):
                await ParkAsync(confirming, message, delivery, Reason($"refused by the partner: {refused.Describe()}", attempts, refused.Excerpt)).ConfigureAwait(false);
                return Verdict.Done;
            default:
                var timeout = outcome.Exception as TimeoutRejectedException;
                var last = timeout is not null
                    ? $"no answer within the {(timeout.Timeout == _partner.Policy.TotalTimeout ? "total" : "attempt")} timeout {timeout.Timeout:c}"
                    : attempts.LastError ?? outcome.Exception?.Message ?? "no answer";
                var reason = $"gave up after {attempts.Count} attempt(s): {last}";

                // The last answer's excerpt only when the reason names that answer, not a timeout after it.
                await ParkAsync(confirming, message, delivery, Reason(reason, attempts, timeout is null ? attempts.LastAnswer : null)).ConfigureAwait(false);
                return Verdict.Done;
        }
    }

    private async Task<Outcome<AttemptResult>> DeliverAsync(WebhookDelivery delivery, DeliveryAttempts attempts, CancellationToken stopping)
    {
        var context = ResilienceContextPool.Shared.Get(stopping);
        context.Properties.Set(DeliveryPipeline.AttemptsKey, attempts);
        try
        {
            return await _pipeline.ExecuteOutcomeAsync(
                static (context, state) => state.Dispatcher.AttemptAsync(state.Delivery, state.Attempts, context.CancellationToken),
                context,
                (Dispatcher: this, Delivery: delivery, Attempts: attempts)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt; its failure is recorded for the parking reason.</summary>
    private async ValueTask<Outcome<AttemptResult>> AttemptAsync(WebhookDelivery delivery, DeliveryAttempts attempts, CancellationToken cancellationToken)
    {
        attempts.Begin();
        try
        {
            var result = await _sender.SendAsync(delivery, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                Failed(delivery, attempts, result.Status, result.Describe(), result.Excerpt);
            }

            return Outcome.FromResult(result);
        }
        catch (HttpRequestException network)
        {
            Failed(delivery, attempts, null, $"network error: {network.Message}");
            return Outcome.FromException<AttemptResult>(network);
        }
        catch (OperationCanceledException cancelled)
        {
            // A timeout (the pipeline turns it into TimeoutRejectedException, which names it) or a stop.
            Failed(delivery, attempts, null, "no answer in time");
            return Outcome.FromException<AttemptResult>(cancelled);
        }
    }

    private void Failed(WebhookDelivery delivery, DeliveryAttempts attempts, int? status, string failure, string? answer = null)
    {
        attempts.Fail(_clock.GetUtcNow(), status, failure, answer);
        _logger.AttemptFailed(attempts.Count, delivery.MessageId, _partner.Code.Value, failure);
    }

    private static ParkingReason Reason(string reason, DeliveryAttempts attempts, string? answer) =>
        new(reason, attempts.LastStatus, attempts.Count, attempts.FirstFailure, attempts.LastFailure, answer);

    /// <summary>Republishes to the parked queue and waits for the broker's confirm; only then may the caller ack.</summary>
    private async Task ParkAsync(IChannel confirming, InboundMessage message, WebhookDelivery? delivery, ParkingReason why)
    {
        var properties = ParkedHeaders.Park(message.Properties, delivery, why, _clock.GetUtcNow());
        await PartnerQueues.PublishConfirmedAsync(confirming, _partner.ParkedQueue, properties, message.Body).ConfigureAwait(false);
        _logger.Parked(delivery?.MessageId ?? message.Properties.MessageId ?? "(none)", delivery?.MessageType ?? "unknown", _partner.Code.Value, _partner.ParkedQueue, why.Reason);
        WebhookMetrics.Parked(_partner.Code);
    }
}
