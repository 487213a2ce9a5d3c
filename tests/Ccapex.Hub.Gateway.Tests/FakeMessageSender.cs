using System.Collections.Concurrent;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>Plays the broker and the hub for /v1/messages: records what is sent and answers as <see cref="Answer"/> says.</summary>
internal sealed class FakeMessageSender : IPartnerMessageSender
{
    public ConcurrentQueue<IPartnerMessage> Sent { get; } = new();

    public FakeSubmitter.Mode Answer { get; set; } = FakeSubmitter.Mode.Receipt;

    public static Guid DossierFor(IPartnerMessage message) => new([.. message.MessageId.ToByteArray().Reverse()]);

    public Task<MessageSubmission> SendAsync<T>(T message, TimeSpan receiptWait, CancellationToken cancellationToken)
        where T : class, IPartnerMessage
    {
        if (Answer == FakeSubmitter.Mode.BrokerDown)
        {
            throw new TimeoutException("The broker did not confirm.");
        }

        Sent.Enqueue(message);
        return Task.FromResult(Answer switch
        {
            FakeSubmitter.Mode.Receipt => new MessageSubmission
            {
                MessageId = message.MessageId,
                Receipt = new MessageAccepted
                {
                    MessageId = Guid.NewGuid(),
                    SentAt = DateTimeOffset.UtcNow,
                    InReplyTo = message.MessageId,
                    Flow = "F14",
                    DossierId = DossierFor(message),
                    Duplicate = false,
                },
            },
            FakeSubmitter.Mode.Rejection => new MessageSubmission
            {
                MessageId = message.MessageId,
                Rejection = new MessageRejected
                {
                    MessageId = Guid.NewGuid(),
                    SentAt = DateTimeOffset.UtcNow,
                    InReplyTo = message.MessageId,
                    MessageType = typeof(T).Name,
                    Code = "rule.follow_up_unknown",
                    Reason = "No such follow-up.",
                    Rule = "F14",
                },
            },
            _ => new MessageSubmission { MessageId = message.MessageId },
        });
    }
}
