namespace Ccapex.Hub.Persistence;

/// <summary>
/// A consume context that carries a write for the saga's transaction (<see cref="PendingStoreWrite"/>). A property of
/// the context object, not a payload: payloads are shared with the parent context, so a retry could find an earlier
/// attempt's write.
/// </summary>
public interface IPendingWriteContext
{
    PendingStoreWrite? PendingWrite { get; }
}
