namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>What the workflow needs to know of the message being handled, besides its body.</summary>
/// <param name="SubmissionId">
/// The partner's delivery that brought it (its transport id, given by the intake): a broker redelivery
/// keeps it, a resubmission by the partner has a new one. The message id when there is none.
/// </param>
public sealed record Inbound(Guid MessageId, Uri? ResponseAddress, Guid? RequestId, Guid SubmissionId)
{
    /// <summary>
    /// The header an earlier intake put the partner's transport message id in when it forwarded the message to the
    /// dossier queue; still read there, so what such a version left queued is handled as before.
    /// </summary>
    public const string SubmissionHeader = "Ccapex-Submission-Id";
}
