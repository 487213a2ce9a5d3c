namespace Ccapex.Hub.Persistence;

/// <summary>Headers the relay stamps on what it sends.</summary>
public static class OutboxHeaders
{
    /// <summary>The contract type a relayed envelope carries, so the hub's send observers can tell its flow without reading the bytes.</summary>
    public const string MessageType = "Ccapex-Message-Type";
}
