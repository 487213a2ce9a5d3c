using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>One line of a dossier's history (the routing's TimelineEntry).</summary>
public sealed class TimelineRecord
{
    /// <summary>The flow the hub gives its own alerts' lines.</summary>
    public const string AlertFlow = "alert";

    public DateTimeOffset At { get; set; }

    public string Flow { get; set; } = string.Empty;

    public string MessageType { get; set; } = string.Empty;

    public Guid MessageId { get; set; }

    public PartnerCode From { get; set; }

    public List<PartnerCode> To { get; set; } = [];

    /// <summary>The hub's own words (English, for operators); the console shows only what it can say in French from it.</summary>
    public string? Note { get; set; }

    public bool IsAlert => Flow == AlertFlow;

    /// <summary>An alert's code: its note starts with it ("delay.assignation_too_early: ...").</summary>
    public string? AlertCode => IsAlert && Note is { } note ? note.Split(':', 2)[0].Trim() : null;

    public bool IsReminder => !IsAlert && Note?.StartsWith("reminder ", StringComparison.Ordinal) == true;

    public bool IsEscalation => !IsAlert && Note?.StartsWith("escalated ", StringComparison.Ordinal) == true;
}
