namespace Ccapex.Hub.Webhooks;

/// <summary>What is posted for one queued message: its stable id, its contract name and the contract JSON body.</summary>
internal sealed record WebhookDelivery(string MessageId, string MessageType, ReadOnlyMemory<byte> Body);
