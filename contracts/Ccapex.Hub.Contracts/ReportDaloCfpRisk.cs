namespace Ccapex.Hub.Contracts;

/// <summary>F7. The Préfecture de Police reports a household recognised as a DALO priority for which police assistance (CFP) risks being granted: it must be rehoused first.</summary>
[CharterFlow("F7", 19)]
public sealed record ReportDaloCfpRisk : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public Guid? DossierId { get; init; }

    public required Household Household { get; init; }

    public required DateOnly DaloRecognisedOn { get; init; }

    public required string DaloDecisionReference { get; init; }

    public required DateOnly CfpRequestedOn { get; init; }

    /// <summary>When the CFP decision is expected (silence for two months after the request is a refusal).</summary>
    public required DateOnly DecisionExpectedBy { get; init; }

    /// <summary>CDP act reference, when known, to match the dossier.</summary>
    public string? CdpActReference { get; init; }
}
