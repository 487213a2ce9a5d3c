namespace Ccapex.Hub.Batches.Submission;

/// <summary>Where CDP notifications enter the hub.</summary>
public static class CdpIntake
{
    /// <summary>
    /// The hub's F1 intake queue, as <c>HubAddresses.IntakeQueue(typeof(SubmitCdpNotification))</c> names it in
    /// Ccapex.Hub.Routing; repeated here so the edges need not reference the routing, and checked by a test.
    /// </summary>
    public const string QueueName = "ccapex.intake.submit-cdp-notification";

    public static Uri Address { get; } = new("queue:" + QueueName);
}
