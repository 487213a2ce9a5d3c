namespace Ccapex.Hub.Contracts;

/// <summary>F2. The CCAPEX secretariat asks the letter service to send the household an awareness letter (courrier de sensibilisation) after a CDP.</summary>
[CharterFlow("F2", 16)]
public sealed record SendAwarenessLetter : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    public required IReadOnlyList<PersonName> Addressees { get; init; }

    public required PostalAddress Address { get; init; }

    /// <summary>Identifier of the letter template, e.g. "cdp-awareness-v1".</summary>
    public required string Template { get; init; }

    public required DateOnly CdpDeliveredOn { get; init; }
}
