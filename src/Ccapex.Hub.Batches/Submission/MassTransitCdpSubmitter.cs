using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>
/// Sends to <c>queue:ccapex.intake.submit-cdp-notification</c> on the bus (RabbitMQ publisher confirms: the send
/// completes once the broker holds the message). With a receipt wait it sends as a request, so the hub answers
/// to this process; a receipt that does not come in time leaves the message queued, never lost.
/// </summary>
public sealed class MassTransitCdpSubmitter(IBus bus, IOptions<CdpSubmitterOptions> options) : ICdpSubmitter
{
    private readonly TimeSpan _sendTimeout = options.Value.SendTimeout;
    private readonly Lazy<IRequestClient<SubmitCdpNotification>> _client = new(() =>
        bus.CreateClientFactory(options.Value.SendTimeout)
            .CreateRequestClient<SubmitCdpNotification>(CdpIntake.Address));

    public async Task<CdpSubmission> SubmitAsync(SubmitCdpNotification message, TimeSpan receiptWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (receiptWait <= TimeSpan.Zero)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_sendTimeout);
            var endpoint = await bus.GetSendEndpoint(CdpIntake.Address).ConfigureAwait(false);
            await endpoint.Send(message, send => send.MessageId = message.MessageId, timeout.Token).ConfigureAwait(false);
            return CdpSubmission.Queued(message.MessageId);
        }

        using var request = _client.Value.Create(message, cancellationToken);
        request.UseExecute(send =>
        {
            send.MessageId = message.MessageId;

            // A request gets its timeout as time-to-live: the notification would expire in the queue if the hub
            // were down longer than that. It must stay until the hub reads it.
            send.TimeToLive = null;
        });
        var accepted = request.GetResponse<CdpNotificationAccepted>(readyToSend: false);
        var rejected = request.GetResponse<MessageRejected>();
        Observe(accepted);
        Observe(rejected);

        // Completes once the broker confirmed the send; throws (timeout, connection) when it did not.
        await request.Message.ConfigureAwait(false);

        await Task.WhenAny(accepted, rejected, Task.Delay(receiptWait, cancellationToken)).ConfigureAwait(false);
        return new CdpSubmission
        {
            MessageId = message.MessageId,
            Receipt = accepted.IsCompletedSuccessfully ? accepted.Result.Message : null,
            Rejection = rejected.IsCompletedSuccessfully ? rejected.Result.Message : null,
        };
    }

    // The response not chosen, or both when the wait ran out, fault when the request is disposed: nobody awaits them.
    private static void Observe(Task task) =>
        task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
