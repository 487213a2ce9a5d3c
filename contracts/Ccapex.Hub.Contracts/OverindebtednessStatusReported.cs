namespace Ccapex.Hub.Contracts;

/// <summary>F12. The Banque de France reports the receivability and progress of the overindebtedness file of a household the CCAPEX examined.</summary>
[CharterFlow("F12", 21)]
public sealed record OverindebtednessStatusReported : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required string BdfFileReference { get; init; }

    public required OverindebtednessStatus Status { get; init; }

    public required DateOnly StatusOn { get; init; }

    public string? Comment { get; init; }
}
