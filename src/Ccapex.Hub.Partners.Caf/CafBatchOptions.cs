namespace Ccapex.Hub.Partners.Caf;

/// <summary>How listings are gathered into one batch, section "Caf:Batch".</summary>
public sealed class CafBatchOptions
{
    /// <summary>At most this many listings (messages) in one batch.</summary>
    public int MessageLimit { get; set; } = 10;

    /// <summary>A batch that is not full is handled this long after its first listing arrived.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many batches are handled at once.</summary>
    public int ConcurrencyLimit { get; set; } = 1;
}
