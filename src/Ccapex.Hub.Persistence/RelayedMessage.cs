namespace Ccapex.Hub.Persistence;

/// <summary>
/// What the relay sends, as a payload of the send context (never on the wire): the contract type of a stored
/// envelope, so that the hub's send observers can tell its flow without reading its bytes.
/// </summary>
public sealed record RelayedMessage(string MessageType);
