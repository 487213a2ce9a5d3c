namespace Ccapex.Hub.Provisioning;

/// <summary>What one of the hub's own processes (the hub, the gateway, the webhook worker) gets on the broker: its user and permissions.</summary>
public sealed record ProcessAccess
{
    /// <summary>"hub", "gateway" or "webhooks": the user is the prefix and this name.</summary>
    public required string Process { get; init; }

    public required string User { get; init; }

    /// <summary>Regular expressions of the vhost permission, computed from the broker's names.</summary>
    public required string Configure { get; init; }

    public required string Write { get; init; }

    public required string Read { get; init; }
}
