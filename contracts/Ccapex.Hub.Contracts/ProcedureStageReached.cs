namespace Ccapex.Hub.Contracts;

/// <summary>F15. The bailiffs' chamber or the Préfecture de Police reports a stage of the eviction procedure: judgment, CQL, CFP request, CFP decision, eviction carried out.</summary>
[CharterFlow("F15")]
public sealed record ProcedureStageReached : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public Guid? DossierId { get; init; }

    /// <summary>CDP act reference, when the sender does not know the dossier id.</summary>
    public string? CdpActReference { get; init; }

    public required ProcedureStage Stage { get; init; }

    public required DateOnly OccurredOn { get; init; }

    /// <summary>For a judgment: whether the judge granted payment delays.</summary>
    public bool? PaymentDelaysGranted { get; init; }

    /// <summary>
    /// For a CFP request naming a DALO-priority household: when it was recognised as such. The hub keeps the priority
    /// and starts the review of its blockers to rehousing (F8), as on the Préfecture's alert (F7).
    /// </summary>
    public DateOnly? DaloRecognisedOn { get; init; }

    /// <summary>For a CFP decision: whether police assistance was granted.</summary>
    public bool? CfpGranted { get; init; }

    /// <summary>For a judgment that granted the household a delay (L412-3), or a granted CFP: the earliest date the eviction may take place.</summary>
    public DateOnly? EvictionNotBefore { get; init; }
}
