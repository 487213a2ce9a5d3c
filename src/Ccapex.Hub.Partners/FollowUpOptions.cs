using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners;

/// <summary>The default six-month answer (F14), section "Hub:FollowUp".</summary>
public sealed class FollowUpOptions
{
    public FollowUpSituation Situation { get; set; } = FollowUpSituation.NoContact;

    public string? Comment { get; set; }
}
