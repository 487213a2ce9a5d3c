using System.Collections.Concurrent;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Tests;

/// <summary>Plays the broker: records what is sent, or fails every send while <see cref="BrokerDown"/> is set.</summary>
internal sealed class FakeSubmitter : ICdpSubmitter
{
    public ConcurrentQueue<SubmitCdpNotification> Sent { get; } = new();

    public bool BrokerDown { get; set; }

    public Task<CdpSubmission> SubmitAsync(SubmitCdpNotification message, TimeSpan receiptWait, CancellationToken cancellationToken)
    {
        if (BrokerDown)
        {
            throw new TimeoutException("The broker did not confirm.");
        }

        Sent.Enqueue(message);
        return Task.FromResult(CdpSubmission.Queued(message.MessageId));
    }
}
