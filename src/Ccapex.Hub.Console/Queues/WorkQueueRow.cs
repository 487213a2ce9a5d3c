using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Console.Queues;

/// <summary>One line of a work queue: the dossier, since when, and what is owed (by whom, how late, how often chased).</summary>
public sealed record WorkQueueRow
{
    public required Guid DossierId { get; init; }

    public required string Household { get; init; }

    public required DateTimeOffset Since { get; init; }

    /// <summary>The partner concerned: who referred, who owes the answer.</summary>
    public PartnerCode? Partner { get; init; }

    /// <summary>A referral's flow, an expected message's type or an alert's code.</summary>
    public string? What { get; init; }

    public int DaysLate { get; init; }

    public int RemindersSent { get; init; }

    public bool Escalated { get; init; }
}
