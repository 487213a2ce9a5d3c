using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// An answer the charter expects after a flow: from whom, within how long, and how the hub chases it
/// (a reminder every <see cref="ReminderEvery"/> after the deadline, then an escalation to the DRIHL).
/// </summary>
public sealed record AnswerPolicy
{
    public required Type Message { get; init; }

    /// <summary>The partner expected to answer; null means the addressee of each delivery.</summary>
    public PartnerCode? From { get; init; }

    public required TimeSpan Within { get; init; }

    public required TimeSpan ReminderEvery { get; init; }

    public required int RemindersBeforeEscalation { get; init; }
}
