using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway;

/// <summary>Sends a partner message (other than a CDP, which has its batch submitter) to the hub's intake and waits a while for the hub's answer.</summary>
public interface IPartnerMessageSender
{
    /// <summary>Completes once the broker holds the message; throws when it did not confirm it.</summary>
    Task<MessageSubmission> SendAsync<T>(T message, TimeSpan receiptWait, CancellationToken cancellationToken)
        where T : class, IPartnerMessage;
}
