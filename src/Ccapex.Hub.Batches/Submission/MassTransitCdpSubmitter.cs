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

        var (receipt, rejection) = await IntakeRequest.SendAsync<SubmitCdpNotification, CdpNotificationAccepted>(
            _client.Value, message, receiptWait, cancellationToken).ConfigureAwait(false);
        return new CdpSubmission { MessageId = message.MessageId, Receipt = receipt, Rejection = rejection };
    }
}
