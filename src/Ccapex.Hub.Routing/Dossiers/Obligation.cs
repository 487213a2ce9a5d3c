using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>An answer the charter expects from a partner, with its deadline and how far the hub has chased it.</summary>
public sealed class Obligation
{
    public Guid Id { get; set; }

    /// <summary>The flow that created it, e.g. "F13".</summary>
    public string Flow { get; set; } = string.Empty;

    /// <summary>The message type that discharges it, e.g. "SixMonthStatusReported".</summary>
    public string ExpectedMessage { get; set; } = string.Empty;

    public PartnerCode Partner { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public int RemindersSent { get; set; }

    public ObligationStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The follow-up round it belongs to (F13), if any.</summary>
    public Guid? FollowUpId { get; set; }
}
