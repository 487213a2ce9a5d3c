namespace Ccapex.Hub.Routing.Audit;

/// <summary>
/// What the intake knows of a partner's delivery for the journal: the edge it came through, the partner the edge
/// authenticated, its type and flow, the body's id and the delivery's, and the SHA-256 of the bytes received.
/// Carried as data to the dossier's write (<see cref="Dossiers.PartnerSubmission"/>), or written with an intake refusal.
/// </summary>
public sealed record JournalArrival(string Edge, string Partner, string MessageType, string? Flow, Guid MessageId, Guid SubmissionId, string BodySha256)
{
    /// <summary>One row per delivery: a broker redelivery (same delivery id) adds none, a resubmission gets its own.</summary>
    public string Key => $"in:{Partner}:{SubmissionId:N}";

    public Journal.JournalRecord Record(Guid? dossierId, string outcome) => new()
    {
        Key = Key,
        Kind = Journal.JournalKinds.In,
        Edge = Edge,
        Partner = Partner,
        MessageType = MessageType,
        Flow = Flow,
        DossierId = dossierId,
        MessageId = MessageId,
        BodySha256 = BodySha256,
        Outcome = outcome,
    };
}
