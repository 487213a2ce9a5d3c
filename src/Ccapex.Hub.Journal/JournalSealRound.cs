namespace Ccapex.Hub.Journal;

/// <summary>What one sealing round did: whether it ran (another instance may hold the seal), rows chained, the head, a checkpoint.</summary>
public sealed record JournalSealRound(bool Ran, int Sealed, long Head, JournalCheckpoint? Checkpoint)
{
    public static JournalSealRound Skipped { get; } = new(false, 0, 0, null);
}
