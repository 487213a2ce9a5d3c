namespace Ccapex.Hub.Bench;

/// <summary>One round of the journal's cost: the journal off or on, dossiers/s at full speed, what the store grew by, and the verification.</summary>
internal sealed record JournalRound(string Store, bool Journal, int Dossiers, double DossiersPerSecond, long StoreBytes, long JournalTableBytes,
    long JournalRows, long VerifiedRows, double VerifySeconds, bool Verified);

/// <summary>What the rounds of one store say: median rates off and on, the cost, bytes and rows per dossier, verify rows/s.</summary>
internal sealed record JournalCostResult(string Store, IReadOnlyList<JournalRound> Rounds)
{
    public double Off => Median(Rounds.Where(r => !r.Journal).Select(r => r.DossiersPerSecond));

    public double On => Median(Rounds.Where(r => r.Journal).Select(r => r.DossiersPerSecond));

    /// <summary>Throughput lost to the journal, as a fraction of the rate without it.</summary>
    public double Cost => Off > 0 ? 1 - (On / Off) : double.NaN;

    /// <summary>Store bytes per dossier with the journal minus without (indexes included).</summary>
    public double StoreBytesPerDossier => Median(Rounds.Where(r => r.Journal).Select(PerDossier)) - Median(Rounds.Where(r => !r.Journal).Select(PerDossier));

    /// <summary>The journal's own tables per dossier where the store measures them (PostgreSQL); NaN otherwise.</summary>
    public double TableBytesPerDossier => Median(Rounds.Where(r => r.Journal && r.JournalTableBytes > 0).Select(r => (double)r.JournalTableBytes / r.Dossiers));

    public double RowsPerDossier => Median(Rounds.Where(r => r.Journal).Select(r => (double)r.JournalRows / r.Dossiers));

    public double VerifyRowsPerSecond => Median(Rounds.Where(r => r.Journal && r.VerifySeconds > 0).Select(r => r.VerifiedRows / r.VerifySeconds));

    public bool AllVerified => Rounds.Where(r => r.Journal).All(r => r.Verified);

    public string Line() =>
        $"journal ({Store}): {Off:N0} dossiers/s off, {On:N0} on: cost {Cost:P1} (goal <= 15 %); {RowsPerDossier:F1} rows and "
        + $"{StoreBytesPerDossier:N0} store bytes per dossier{(double.IsNaN(TableBytesPerDossier) ? "" : $" ({TableBytesPerDossier:N0} in the journal's tables)")}; "
        + $"audit verify {VerifyRowsPerSecond:N0} rows/s (goal >= 100,000){(AllVerified ? ", every journal verified" : ", A JOURNAL FAILED VERIFICATION")}";

    private static double PerDossier(JournalRound round) => (double)round.StoreBytes / round.Dossiers;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
