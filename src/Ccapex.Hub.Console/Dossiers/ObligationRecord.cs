using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>An answer the charter expects from a partner (the routing's Obligation); its status is kept as the store spells it.</summary>
public sealed class ObligationRecord
{
    public const string Open = "Open";
    public const string Answered = "Answered";
    public const string Escalated = "Escalated";

    public Guid Id { get; set; }

    public string Flow { get; set; } = string.Empty;

    public string ExpectedMessage { get; set; } = string.Empty;

    public PartnerCode Partner { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public int RemindersSent { get; set; }

    public string Status { get; set; } = Open;

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Whole days since the deadline, in Paris dates; 0 or less when not yet due.</summary>
    public int DaysLate(DateTimeOffset now) => ParisDates.Day(now).DayNumber - ParisDates.Day(DueAt).DayNumber;
}
