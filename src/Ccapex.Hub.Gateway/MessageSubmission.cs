using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Gateway;

/// <summary>What became of a message sent to the hub: its receipt, its refusal, or neither yet (queued).</summary>
public sealed record MessageSubmission
{
    public required Guid MessageId { get; init; }

    public MessageAccepted? Receipt { get; init; }

    public MessageRejected? Rejection { get; init; }
}
