namespace Ccapex.Hub.Host;

/// <summary>
/// Broker names, fixed here rather than derived from .NET type names: partners' permissions are
/// regular expressions over them, so they must be stable, readable, and all start with "ccapex.".
/// </summary>
public static class HubEndpointNames
{
    public const string Prefix = "ccapex.";

    /// <summary>Intake queues, one per message type partners send: ccapex.intake.submit-cdp-notification (F1), ...</summary>
    public const string IntakePrefix = Prefix + "intake.";

    /// <summary>F1: the bailiffs' chamber sends CDP notifications here (to the exchange of the same name).</summary>
    public static readonly string CdpNotificationIntake = Ccapex.Hub.Routing.HubAddresses.IntakeQueue(typeof(Contracts.SubmitCdpNotification));

    /// <summary>MassTransit moves faulted messages to the queue name plus this suffix.</summary>
    public const string ErrorSuffix = "_error";

    /// <summary>Message-type exchanges (publish topology): "ccapex.contracts.submit-cdp-notification".</summary>
    public const string ContractsPrefix = Prefix + "contracts.";

    /// <summary>The start of the hub's own temporary queue (responses to its own requests).</summary>
    public const string BusEndpointPrefix = Prefix + "hub.bus-";

    /// <summary>The hub's own temporary queue, unique per process so that two hosts never share it.</summary>
    public static string BusEndpoint() => $"{BusEndpointPrefix}{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid():N}";
}
