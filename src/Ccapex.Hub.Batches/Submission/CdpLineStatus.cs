namespace Ccapex.Hub.Batches.Submission;

/// <summary>What became of one notification of a batch (or a single one); stable words in reports and API answers.</summary>
public static class CdpLineStatus
{
    /// <summary>Refused at the edge (format or validation): not sent.</summary>
    public const string Invalid = "invalid";

    /// <summary>Held by the broker, will be routed; the hub's receipt goes to the sender's queue.</summary>
    public const string Queued = "queued";

    /// <summary>The hub's receipt came back: the dossier id is known.</summary>
    public const string Accepted = "accepted";

    /// <summary>The hub refused it (its code says why) and changed nothing.</summary>
    public const string Rejected = "rejected";

    /// <summary>The broker did not confirm it: not known to be sent; sending it again is safe.</summary>
    public const string Unsent = "unsent";
}
