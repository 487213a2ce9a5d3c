using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Gateway;

/// <summary>Sends to the intake queue of the message's type (queue:ccapex.intake.notify-assignation, say) as a request.</summary>
public sealed class MassTransitMessageSender(IBus bus, IOptions<CdpSubmitterOptions> options) : IPartnerMessageSender
{
    private readonly IClientFactory _clients = bus.CreateClientFactory(options.Value.SendTimeout);

    public async Task<MessageSubmission> SendAsync<T>(T message, TimeSpan receiptWait, CancellationToken cancellationToken)
        where T : class, IPartnerMessage
    {
        ArgumentNullException.ThrowIfNull(message);
        var client = _clients.CreateRequestClient<T>(new Uri(BrokerNames.Queue(BrokerNames.IntakeQueue(typeof(T)))));
        var (receipt, rejection) = await IntakeRequest.SendAsync<T, MessageAccepted>(client, message, receiptWait, cancellationToken).ConfigureAwait(false);
        return new MessageSubmission { MessageId = message.MessageId, Receipt = receipt, Rejection = rejection };
    }
}
