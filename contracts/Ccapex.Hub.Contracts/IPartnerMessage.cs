namespace Ccapex.Hub.Contracts;

/// <summary>
/// What every message carries: a stable id chosen by its sender (the hub recognises a
/// redelivery by it), when it was sent, and who sent it. Implemented, not inherited.
/// </summary>
public interface IPartnerMessage
{
    Guid MessageId { get; }

    DateTimeOffset SentAt { get; }

    PartnerCode Sender { get; }
}
