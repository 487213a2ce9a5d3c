using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing;

/// <summary>Durations and thresholds of the routing saga; the law's delays are defaults, not constants, so tests and demos can compress them.</summary>
public sealed class RoutingOptions
{
    public const string Section = "Hub:Routing";

    /// <summary>Charter action 23: the follow-up request goes out this many months after the examination.</summary>
    public int FollowUpAfterMonths { get; set; } = 6;

    /// <summary>The CAF listing (F3) goes out when it holds this many households...</summary>
    public int CafListingMaxHouseholds { get; set; } = 500;

    /// <summary>...or when this period has passed since its first household, whichever comes first.</summary>
    public TimeSpan CafListingPeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>At most this many queued lines are added to the listing per write of its row (one load, one commit).</summary>
    public int CafListingBatchSize { get; set; } = 100;

    /// <summary>How long a batch of lines waits for more once its first line arrived, when fewer are queued.</summary>
    public TimeSpan CafListingBatchWait { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// A dossier's body keeps the ids of its last this many handled messages (and deliveries); an older one is
    /// recognised by the handled-message journal (<c>handled_message</c>), read only once the window has dropped ids.
    /// </summary>
    public int HandledMessageWindow { get; set; } = 256;

    /// <summary>No assignation earlier than six weeks after the CDP.</summary>
    public TimeSpan AssignationMinDelayAfterCdp { get; set; } = TimeSpan.FromDays(42);

    /// <summary>The préfet is notified at least six weeks before the hearing.</summary>
    public TimeSpan AssignationMinNoticeBeforeHearing { get; set; } = TimeSpan.FromDays(42);

    /// <summary>A company landlord assigns for arrears no earlier than two months after referring the household (art. 24 II).</summary>
    public int LandlordReferralMonthsBeforeAssignation { get; set; } = 2;

    /// <summary>The CFP may be requested when the CQL's two months are over.</summary>
    public int CqlDelayMonths { get; set; } = 2;

    /// <summary>Two months of silence after a CFP request is a refusal.</summary>
    public int CfpSilenceMonths { get; set; } = 2;

    /// <summary>A DALO blockers review (F8) is due this long before the CFP decision expected, so the CCAPEX can act on it.</summary>
    public TimeSpan DaloReviewLeadBeforeCfpDecision { get; set; } = TimeSpan.FromDays(14);

    public string AwarenessLetterTemplate { get; set; } = "cdp-awareness-v1";
}
