using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>
/// Hands one CDP notification to the hub's intake. Returns once the broker has confirmed it holds the message
/// (it is then durable and will be routed); throws when that cannot be confirmed, and sending the same message
/// again is then safe: the hub recognises it by its id.
/// </summary>
public interface ICdpSubmitter
{
    /// <param name="message">Sent with its own <see cref="SubmitCdpNotification.MessageId"/> as the transport's message id.</param>
    /// <param name="receiptWait">How long to wait for the hub's receipt after the broker confirmed; zero to wait for none.</param>
    /// <param name="cancellationToken">Stops the wait; a message already confirmed stays sent.</param>
    Task<CdpSubmission> SubmitAsync(SubmitCdpNotification message, TimeSpan receiptWait, CancellationToken cancellationToken);
}
