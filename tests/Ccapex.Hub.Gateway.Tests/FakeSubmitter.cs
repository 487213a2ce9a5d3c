using System.Collections.Concurrent;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>Plays the broker and the hub: records what is sent and answers as <see cref="Answer"/> says.</summary>
internal sealed class FakeSubmitter : ICdpSubmitter
{
    public enum Mode
    {
        Receipt,
        Queued,
        Rejection,
        BrokerDown,
    }

    public ConcurrentQueue<SubmitCdpNotification> Sent { get; } = new();

    public Mode Answer { get; set; } = Mode.Receipt;

    public static Guid DossierFor(SubmitCdpNotification message) => new([.. message.MessageId.ToByteArray().Reverse()]);

    public Task<CdpSubmission> SubmitAsync(SubmitCdpNotification message, TimeSpan receiptWait, CancellationToken cancellationToken)
    {
        if (Answer == Mode.BrokerDown)
        {
            throw new TimeoutException("The broker did not confirm.");
        }

        Sent.Enqueue(message);
        return Task.FromResult(Answer switch
        {
            Mode.Receipt => new CdpSubmission
            {
                MessageId = message.MessageId,
                Receipt = new CdpNotificationAccepted
                {
                    MessageId = Guid.NewGuid(),
                    SentAt = DateTimeOffset.UtcNow,
                    InReplyTo = message.MessageId,
                    ActReference = message.ActReference,
                    DossierId = DossierFor(message),
                    NotificationRequired = Validation.CdpNotificationThreshold.RequiresNotification(message),
                    Duplicate = false,
                },
            },
            Mode.Rejection => new CdpSubmission
            {
                MessageId = message.MessageId,
                Rejection = new MessageRejected
                {
                    MessageId = Guid.NewGuid(),
                    SentAt = DateTimeOffset.UtcNow,
                    InReplyTo = message.MessageId,
                    MessageType = nameof(SubmitCdpNotification),
                    Code = "dossier.not_found",
                    Reason = "No dossier.",
                },
            },
            _ => CdpSubmission.Queued(message.MessageId),
        });
    }
}
