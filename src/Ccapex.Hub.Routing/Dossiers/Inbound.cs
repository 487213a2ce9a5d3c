namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>What the workflow needs to know of the message being handled, besides its body.</summary>
/// <param name="SubmissionId">
/// The partner's delivery that brought it (its transport id, given by the intake): a broker redelivery
/// keeps it, a resubmission by the partner has a new one. The message id when there is none.
/// </param>
/// <param name="Sender">Whose id space <paramref name="MessageId"/> belongs to: the partner's code, or <see cref="HubSender"/>.</param>
public sealed record Inbound(Guid MessageId, Uri? ResponseAddress, Guid? RequestId, Guid SubmissionId, string Sender)
{
    /// <summary>The sender of the hub's own messages to a dossier (its timeouts).</summary>
    public const string HubSender = "hub";
}
