namespace Ccapex.Hub.Persistence;

/// <summary>
/// A saga instance that remembers the ids of the messages it already handled, so a redelivery
/// (the hub died after committing, before acknowledging) changes nothing and emits nothing.
/// </summary>
public interface IInboxCarrier
{
    /// <summary>Message ids handled so far, oldest first.</summary>
    List<Guid> HandledMessageIds { get; }
}
