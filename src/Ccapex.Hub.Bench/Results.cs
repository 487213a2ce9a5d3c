namespace Ccapex.Hub.Bench;

/// <summary>One reading taken every second while a hub runs.</summary>
/// <param name="HubPid">The hub process measured: a new one after the backlog's restart.</param>
/// <param name="DossiersHeld">Rows in the store's dossier table.</param>
/// <param name="RoutedPerSecond">DRIHL copies arrived per second since the previous sample.</param>
internal sealed record Sample(
    string Store, string Phase, int HubPid, double Seconds, long DossiersHeld, long RssBytes, long PeakBytes, long StoreBytes, double MachineCpuBusy, double MachineIoWait,
    double RoutedPerSecond);

/// <summary>Latency from the publish of a CDP to the arrival of its DRIHL copy, in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P90, double P99, double Max)
{
    public static LatencyStats From(List<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        milliseconds.Sort();
        double At(double q) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(q * milliseconds.Count) - 1)];
        return new LatencyStats(milliseconds.Count, At(0.50), At(0.90), At(0.99), milliseconds[^1]);
    }
}

/// <summary>
/// CDPs submitted as fast as the hub takes them. A dossier saga event is a CDP handled by the dossier saga (it opens
/// the dossier and writes the DRIHL copy, the letter, the listing line, the receipt and a deadline to the outbox in one
/// transaction): counted by the DRIHL copies that arrive. A listing saga event is a line handled by the CAF listing saga:
/// counted from the listings the CAF receives plus the lines still gathered in the listing row.
/// </summary>
internal sealed record SaturationResult(
    int Dossiers,
    double RoutedSeconds,
    double DossiersPerSecond,
    double ListingSeconds,
    bool ListingComplete,
    long ListingLinesHandled,
    double ListingEventsPerSecond,
    double SagaEventsPerSecond,
    LatencyStats Latency,
    CpuPerDossier Cpu,
    double MachineCpuBusy,
    double MachineIoWait)
{
    /// <summary>Kept under its earlier name in results.json.</summary>
    public double HubCpuMsPerDossier => Cpu.Hub;
}

/// <summary>One offered load of the sweep: CDPs published at a fixed rate for a fixed time.</summary>
/// <param name="FixedRate">Offered at a rate given in CDPs/s (--rates) rather than as a fraction of full speed.</param>
internal sealed record LoadPoint(double Fraction, double OfferedPerSecond, int Published, int Routed, double AchievedPerSecond, LatencyStats Latency,
    bool FixedRate = false);

/// <summary>A backlog queued while the hub was stopped, drained after it started; times are seconds from the process start.</summary>
internal sealed record BacklogResult(
    int Queued, int Routed, bool Complete, double PublishSeconds, double StartToReadySeconds, double StoredFromStartSeconds, double DrainFromStartSeconds,
    double DrainPerSecond, double ListingSecondsFromStart, bool ListingComplete, long PeakBytes)
{
    /// <summary>
    /// Seconds from start to the last DRIHL copy for the reference backlog: measured, or (drained backlogs only) start-up plus
    /// the reference count at the measured average rate. A straight line: it ignores that the relay's due-row query slows as
    /// deadline rows accumulate.
    /// </summary>
    public double ReferenceSeconds => !Complete
        ? double.NaN
        : Queued >= BenchOptions.ReferenceBacklog ? DrainFromStartSeconds : StartToReadySeconds + (BenchOptions.ReferenceBacklog / DrainPerSecond);
}

internal sealed record StoreResult(
    string Store,
    string Version,
    SaturationResult Saturation,
    IReadOnlyList<LoadPoint> Loads,
    BacklogResult? Backlog,
    long PeakBytes,
    long FinalDossiers,
    long FinalStoreBytes,
    long UnsentOutboxRows,
    IReadOnlyList<KeyValuePair<string, long>> TableBytes)
{
    /// <summary>The sweep point closest to half the saturated rate: the "fixed moderate rate" of the latency figures.</summary>
    public LoadPoint? Moderate => Loads.Where(l => !l.FixedRate).OrderBy(l => Math.Abs(l.Fraction - 0.5)).FirstOrDefault();
}
