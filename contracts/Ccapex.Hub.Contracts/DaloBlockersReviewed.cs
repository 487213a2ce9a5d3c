namespace Ccapex.Hub.Contracts;

/// <summary>F17. The Département or the CAF answers the review of a DALO household's blockers to rehousing (F8, charter action 19).</summary>
[CharterFlow("F17", 19)]
public sealed record DaloBlockersReviewed : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required DateOnly ReviewedOn { get; init; }

    /// <summary>What the sender found in the way of the rehousing; empty when it found nothing on its side.</summary>
    public required IReadOnlyList<RehousingBlocker> Blockers { get; init; }

    /// <summary>What the sender set in motion (debt treatment, support, rights opened...).</summary>
    public string? Comment { get; init; }
}
