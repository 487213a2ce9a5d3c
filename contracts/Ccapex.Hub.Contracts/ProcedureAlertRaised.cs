namespace Ccapex.Hub.Contracts;

/// <summary>
/// The hub saw a procedure step that breaks a legal delay or a charter safeguard (assignation less than
/// six weeks after the CDP, eviction during the winter truce, CFP for a DALO household not rehoused, ...)
/// and tells the CCAPEX secretariat.
/// </summary>
public sealed record ProcedureAlertRaised
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required Guid DossierId { get; init; }

    /// <summary>Stable code, e.g. "delay.assignation_too_early", "winter_truce.eviction".</summary>
    public required string Code { get; init; }

    public required string Description { get; init; }

    public required ProcedureStage Stage { get; init; }
}
