namespace Ccapex.Hub.Contracts;

/// <summary>F16. The Département reports the social diagnosis it made before the hearing of an assignation (charter action 9), for any ground.</summary>
[CharterFlow("F16", 9)]
public sealed record SocialDiagnosisReported : IPartnerMessage
{
    public required Guid MessageId { get; init; }

    public required DateTimeOffset SentAt { get; init; }

    public required PartnerCode Sender { get; init; }

    public required Guid DossierId { get; init; }

    /// <summary>The assignation the diagnosis was made for, when the Département knows its act reference.</summary>
    public string? AssignationActReference { get; init; }

    public required SocialDiagnosisOutcome Outcome { get; init; }

    public required DateOnly CompletedOn { get; init; }

    /// <summary>Whether the diagnosis was sent to the judge before the hearing.</summary>
    public required bool SentToJudge { get; init; }

    public string? Comment { get; init; }
}
