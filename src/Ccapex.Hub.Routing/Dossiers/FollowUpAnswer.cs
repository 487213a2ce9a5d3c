using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// A partner's six-month answer (F14), kept with the follow-up it answers and whether it came in time, so that the
/// outcome of the dossiers examined can be counted six months on (issue 13, item 2).
/// </summary>
public sealed record FollowUpAnswer
{
    public required Guid FollowUpId { get; init; }

    public required PartnerCode Partner { get; init; }

    public required FollowUpSituation Situation { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>True when it came by the first deadline, before any reminder.</summary>
    public required bool OnTime { get; init; }

    /// <summary>Reminders sent before it came.</summary>
    public required int RemindersSent { get; init; }
}
