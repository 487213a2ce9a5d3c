namespace Ccapex.Hub.Contracts;

/// <summary>F10. A social landlord or an association (FAPIL, ADIL 75, Espace solidarité habitat) refers a complex situation to the CCAPEX from the start of litigation.</summary>
[CharterFlow("F10", 14, 17)]
public sealed record SubmitComplexSituationReferral : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public Guid? DossierId { get; init; }

    public required Household Household { get; init; }

    public Landlord? Landlord { get; init; }

    public required IReadOnlyList<ComplexSituationKind> Situations { get; init; }

    public required string Description { get; init; }

    public string? CdpActReference { get; init; }
}
