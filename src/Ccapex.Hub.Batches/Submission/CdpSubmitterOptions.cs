namespace Ccapex.Hub.Batches.Submission;

/// <summary>Settings of <see cref="MassTransitCdpSubmitter"/>.</summary>
public sealed class CdpSubmitterOptions
{
    /// <summary>How long the broker may take to confirm a message before the send counts as failed (and may be retried).</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
