namespace Ccapex.Hub.Persistence;

/// <summary>
/// What a delivery journal records about an outbox entry that the row itself does not say: the partner it is for,
/// the flow, and which view of the rules shaped its body. Given by the writer of the entry and stored as given
/// (the store does not interpret it); null for the hub's own messages (timeouts, listing lines). <paramref name="Concerning"/>
/// names the dossiers a message about several households carries (a CAF listing), each recorded with it.
/// </summary>
public sealed record OutboxFacts(string Recipient, string? Flow, string? View, IReadOnlyList<Guid>? Concerning = null);
