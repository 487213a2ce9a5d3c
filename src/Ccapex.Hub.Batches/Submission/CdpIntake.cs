using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Batches.Submission;

/// <summary>Where CDP notifications enter the hub.</summary>
public static class CdpIntake
{
    /// <summary>The hub's F1 intake queue.</summary>
    public static string QueueName => BrokerNames.CdpNotificationIntake;

    public static Uri Address { get; } = new("queue:" + QueueName);
}
