using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ccapex.Hub.Bench;

/// <summary>The machine the run measured on, and the services' versions.</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, long MemoryBytes, string Kernel, string Runtime, string Broker, IReadOnlyDictionary<string, string> Stores);

/// <summary>Everything one run measured, as written to results.json.</summary>
internal sealed record BenchResults(
    string Size, DateTimeOffset StartedAt, double Seconds, MachineInfo Machine, BaselineResult Baseline, IReadOnlyList<StoreResult> Stores, IReadOnlyList<Sample> Samples)
{
    public StoreResult? Store(string name) => Stores.FirstOrDefault(s => s.Store == name);

    public double Ratio(string store) => Store(store) is { } s ? s.Saturation.SagaEventsPerSecond / Baseline.MessagesPerSecond : double.NaN;
}

/// <summary>
/// Memory and store size against dossiers held. The store's slope is fitted through the second half of the run
/// (it persists across the hub's restart); memory is fitted within one hub process, the one that saw the most dossiers
/// arrive, through the second half of its samples, since a restarted process starts from a small heap again.
/// </summary>
internal sealed record Growth(IReadOnlyList<Sample> Checkpoints, double StoreBytesPerDossier, double RssBytesPerDossier, long HeldMax, string RssFit)
{
    public static readonly long[] Marks = [1_000, 2_000, 5_000, 10_000, 25_000, 50_000, 100_000, 150_000, 200_000, 300_000, 500_000, 1_000_000];

    public static Growth Of(IReadOnlyList<Sample> samples, string store)
    {
        var mine = samples.Where(s => s.Store == store && s.DossiersHeld > 0 && s.RssBytes > 0).ToList();
        var checkpoints = Marks.Select(m => mine.FirstOrDefault(s => s.DossiersHeld >= m)).OfType<Sample>().ToList();
        foreach (var process in mine.GroupBy(s => s.HubPid))
        {
            checkpoints.Add(process.Last());
        }

        checkpoints = [.. checkpoints.Distinct().OrderBy(s => s.Seconds)];
        var held = mine.Count == 0 ? 0 : mine.Max(s => s.DossiersHeld);
        var storeFit = mine.Where(s => s.DossiersHeld >= held / 2).ToList();
        var widest = mine.GroupBy(s => s.HubPid).OrderByDescending(g => g.Max(s => s.DossiersHeld) - g.Min(s => s.DossiersHeld)).FirstOrDefault()?.ToList() ?? [];
        var middle = widest.Count == 0 ? 0 : (widest.Min(s => s.DossiersHeld) + widest.Max(s => s.DossiersHeld)) / 2;
        var rssFit = widest.Where(s => s.DossiersHeld >= middle).ToList();
        var rssRange = rssFit.Count == 0
            ? "no samples"
            : $"hub pid {rssFit[0].HubPid}, {rssFit.Min(s => s.DossiersHeld):N0} to {rssFit.Max(s => s.DossiersHeld):N0} dossiers, RSS {rssFit.Min(s => s.RssBytes) / 1048576.0:N0} to {rssFit.Max(s => s.RssBytes) / 1048576.0:N0} MiB";
        return new Growth(checkpoints, Slope(storeFit, s => s.StoreBytes), Slope(rssFit, s => s.RssBytes), held, rssRange);
    }

    /// <summary>Least-squares slope of a value against dossiers held.</summary>
    private static double Slope(List<Sample> samples, Func<Sample, double> value)
    {
        if (samples.Count < 2)
        {
            return double.NaN;
        }

        var meanX = samples.Average(s => (double)s.DossiersHeld);
        var meanY = samples.Average(value);
        var sxx = samples.Sum(s => Math.Pow(s.DossiersHeld - meanX, 2));
        return sxx == 0 ? double.NaN : samples.Sum(s => (s.DossiersHeld - meanX) * (value(s) - meanY)) / sxx;
    }

    /// <summary>A straight-line extrapolation from the last sample.</summary>
    public double At(long dossiers, Func<Sample, double> value, double slope) =>
        Checkpoints.Count == 0 ? double.NaN : value(Checkpoints[^1]) + (slope * (dossiers - Checkpoints[^1].DossiersHeld));
}

internal static class Report
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>The summary table, printed at the end of the run and saved as summary.md.</summary>
    public static string Summary(BenchResults results)
    {
        var m = results.Machine;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Ccapex.Hub bench, {results.Size} size, {results.StartedAt:yyyy-MM-dd HH:mm} UTC, {results.Seconds:N0} s");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {m.Cores} cores ({m.CpuModel}), {m.MemoryBytes / 1073741824.0:N1} GiB, {m.Kernel}, {m.Runtime}; broker {m.Broker}; {string.Join("; ", m.Stores.Select(s => s.Value))}");
        text.AppendLine();
        var stores = results.Stores;
        text.AppendLine("| measure | " + string.Join(" | ", stores.Select(s => s.Store)) + " |");
        text.AppendLine("|---|" + string.Concat(stores.Select(_ => "---:|")));
        void Row(string name, Func<StoreResult, string> cell) => text.AppendLine($"| {name} | {string.Join(" | ", stores.Select(cell))} |");
        Row("baseline: raw RabbitMQ.Client msgs/s (same broker)", _ => N(results.Baseline.MessagesPerSecond));
        Row("dossiers/s at full speed (CDP opened and routed to the DRIHL)", s => N(s.Saturation.DossiersPerSecond));
        Row("saga events/s at full speed (dossier + CAF listing sagas)", s => N(s.Saturation.SagaEventsPerSecond));
        Row("  dossier saga events/s", s => N(s.Saturation.DossiersPerSecond));
        Row("  CAF listing saga events/s", s => N(s.Saturation.ListingEventsPerSecond) + (s.Saturation.ListingComplete ? "" : " (timed out)"));
        Row("moderate rate (about half of full speed), CDPs/s", s => N(s.Moderate?.OfferedPerSecond ?? double.NaN));
        Row("latency p50 / p99 at the moderate rate, ms", s => s.Moderate is { } l ? $"{N(l.Latency.P50)} / {N(l.Latency.P99)}" : "-");
        foreach (var rate in stores.SelectMany(s => s.Loads).Where(l => l.FixedRate).Select(l => l.OfferedPerSecond).Distinct())
        {
            Row($"latency p50 / p99 at {N(rate)} CDPs/s offered (achieved/s), ms", s => s.Loads.FirstOrDefault(l => l.FixedRate && l.OfferedPerSecond == rate) is { } l
                ? $"{N(l.Latency.P50)} / {N(l.Latency.P99)} ({N(l.AchievedPerSecond)}/s)"
                : "-");
        }

        Row("hub CPU per dossier, ms", s => Ms(s.Saturation.Cpu.Hub));
        Row("  broker CPU per dossier, ms (beam.smp and helpers)", s => Ms(s.Saturation.Cpu.Broker));
        Row("  PostgreSQL CPU per dossier, ms (every postgres process)", s => Ms(s.Saturation.Cpu.Database));
        Row("  bench CPU per dossier, ms (publisher, partners' consumers)", s => Ms(s.Saturation.Cpu.Bench));
        Row("  CPU per dossier, all four, ms", s => Ms(s.Saturation.Cpu.Total));
        Row("baseline: broker / bench CPU per message, ms", _ => $"{Ms(results.Baseline.BrokerCpuMsPerMessage, "F3")} / {Ms(results.Baseline.BenchCpuMsPerMessage, "F3")}");
        Row("broker CPU per dossier, in baseline messages", s => Ms(s.Saturation.Cpu.BrokerInBaselineMessages, "F1"));
        Row("ceiling if the hub cost no CPU: cores x 1000 / (broker + PostgreSQL + bench ms), dossiers/s (derived)", s => N(s.Saturation.Cpu.CeilingDossiersPerSecond));
        Row("  ratio at that ceiling: 2 x ceiling / baseline msgs/s (derived)", s => Ms(s.Saturation.Cpu.CeilingRatio, "F3"));
        Row("machine CPU busy at full speed (iowait)", s => $"{s.Saturation.MachineCpuBusy:P0} ({s.Saturation.MachineIoWait:P0})");
        Row("hub peak memory (VmHWM), MiB", s => Mib(s.PeakBytes));
        Row("dossiers held at the end", s => N(s.FinalDossiers));
        Row("store size at the end, MiB", s => Mib(s.FinalStoreBytes));
        Row("  largest tables, MiB", s => string.Join(", ", s.TableBytes.Take(3).Select(t => $"{t.Key} {Mib(t.Value)}")));
        foreach (var store in stores.Where(s => s.Backlog is not null))
        {
            var b = store.Backlog!;
            string Only(StoreResult s, string value) => s == store ? value : "-";
            Row($"backlog of {N(b.Queued)} CDPs queued while stopped: all routed, s after start", s => Only(s, b.Complete ? $"{b.DrainFromStartSeconds:F1}" : $"not drained: {N(b.Routed)} routed in {b.DrainFromStartSeconds:F0} s"));
            Row("  start to ready, s / all stored as dossiers, s", s => Only(s, $"{b.StartToReadySeconds:F1} / {b.StoredFromStartSeconds:F1}"));
            Row("  average routed/s from ready", s => Only(s, N(b.DrainPerSecond)));
            Row("  CAF listing caught up, s after start", s => Only(s, b.ListingComplete ? $"{b.ListingSecondsFromStart:F1}" : "not yet"));
            if (b.Queued < BenchOptions.ReferenceBacklog)
            {
                Row($"  backlog of {N(BenchOptions.ReferenceBacklog)}: drain, s after start", s => Only(s, b.Complete ? $"{b.ReferenceSeconds:F0} (extrapolated)" : "-"));
            }
        }

        text.AppendLine();
        text.AppendLine("Offered load (latency from publish to the DRIHL's delivery):");
        text.AppendLine();
        text.AppendLine("| store | offered CDPs/s | routed | achieved/s | p50 ms | p90 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var store in stores)
        {
            foreach (var l in store.Loads)
            {
                text.AppendLine($"| {store.Store} | {N(l.OfferedPerSecond)} ({(l.FixedRate ? "fixed, " : "")}{l.Fraction:0.##}x) | {N(l.Routed)}/{N(l.Published)} | {N(l.AchievedPerSecond)} | {N(l.Latency.P50)} | {N(l.Latency.P90)} | {N(l.Latency.P99)} | {N(l.Latency.Max)} |");
            }
        }

        foreach (var store in stores)
        {
            var growth = Growth.Of(results.Samples, store.Store);
            if (growth.Checkpoints.Count == 0)
            {
                continue;
            }

            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Memory and store size against dossiers held ({store.Store}; RSS and VmHWM of the running hub process):");
            text.AppendLine();
            text.AppendLine("| dossiers held | phase | hub pid | hub RSS MiB | hub VmHWM MiB | store MiB |");
            text.AppendLine("|---:|---|---:|---:|---:|---:|");
            foreach (var c in growth.Checkpoints)
            {
                text.AppendLine($"| {N(c.DossiersHeld)} | {c.Phase} | {c.HubPid} | {Mib(c.RssBytes)} | {Mib(c.PeakBytes)} | {Mib(c.StoreBytes)} |");
            }

            var nearest1M = growth.Checkpoints.MinBy(c => Math.Abs(c.DossiersHeld - 1_000_000))!;
            var store1M = growth.HeldMax >= 1_000_000 ? nearest1M.StoreBytes : growth.At(1_000_000, s => s.StoreBytes, growth.StoreBytesPerDossier);
            var peak = growth.Checkpoints.Max(c => c.PeakBytes);
            text.AppendLine();
            var million = growth.HeldMax >= 1_000_000
                ? string.Create(CultureInfo.InvariantCulture, $"measured: {store1M / 1073741824.0:N1} GiB at {N(nearest1M.DossiersHeld)} dossiers, hub RSS {Mib(nearest1M.RssBytes)} MiB.")
                : string.Create(CultureInfo.InvariantCulture, $"extrapolated, not measured, to 1,000,000 dossiers: {store1M / 1073741824.0:N1} GiB.");
            text.AppendLine(CultureInfo.InvariantCulture, $"Store: {N(growth.StoreBytesPerDossier)} bytes per dossier (straight line through the second half, {N(growth.HeldMax / 2)} to {N(growth.HeldMax)} dossiers); {million}");
            text.AppendLine(growth.HeldMax < 10_000
                ? $"Hub memory: peak {Mib(peak)} MiB; too few dossiers ({N(growth.HeldMax)}) for a slope against dossiers held."
                : string.Create(CultureInfo.InvariantCulture, $"Hub memory: peak {Mib(peak)} MiB; through the second half of the process that saw the most dossiers arrive ({growth.RssFit}), "
                    + $"a straight line gives {growth.RssBytesPerDossier * 100_000 / 1048576.0:N1} MiB per 100,000 dossiers. RSS follows the work in flight as much as the dossiers held: read the samples before extrapolating."));
        }

        return text.ToString();
    }

    public static async Task WriteAsync(BenchResults results, string workDirectory)
    {
        Directory.CreateDirectory(workDirectory);
        await File.WriteAllTextAsync(Path.Combine(workDirectory, "results.json"), JsonSerializer.Serialize(results, Json));
        await File.WriteAllTextAsync(Path.Combine(workDirectory, "summary.md"), Summary(results));
        var samples = new StringBuilder("store,phase,hub_pid,seconds,dossiers_held,routed_per_second,rss_bytes,peak_bytes,store_bytes,machine_busy,machine_iowait\n");
        foreach (var s in results.Samples)
        {
            samples.AppendLine(CultureInfo.InvariantCulture,
                $"{s.Store},{s.Phase},{s.HubPid},{s.Seconds:F1},{s.DossiersHeld},{s.RoutedPerSecond:F1},{s.RssBytes},{s.PeakBytes},{s.StoreBytes},{s.MachineCpuBusy:F3},{s.MachineIoWait:F3}");
        }

        await File.WriteAllTextAsync(Path.Combine(workDirectory, "samples.csv"), samples.ToString());
    }

    /// <summary>Draws load and growth (.svg and .png) into the folder; returns what it wrote, or why it wrote nothing.</summary>
    public static string WritePlots(BenchResults results, string plotDirectory)
    {
        if (Chart.Font is null)
        {
            return Chart.NoFont;
        }

        Directory.CreateDirectory(plotDirectory);
        var written = LoadPlot(results, plotDirectory).Concat(GrowthPlot(results, plotDirectory));
        return string.Join(", ", written);
    }

    /// <summary>Reads a results.json written by <see cref="WriteAsync"/>, to draw its plots again.</summary>
    public static async Task<BenchResults> ReadAsync(string resultsJson)
    {
        await using var file = File.OpenRead(resultsJson);
        var results = await JsonSerializer.DeserializeAsync<BenchResults>(file, Json);
        return results is { Machine: not null, Stores: not null, Samples: not null } && results.Stores.All(s => s.Loads is not null)
            ? results
            : throw new JsonException("not a bench results.json (no Machine, Stores, Samples or Loads).");
    }

    private static readonly Dictionary<string, string> Colors = new() { ["sqlite"] = "#1f77b4", ["postgres"] = "#d62728" };

    private static string Subtitle(BenchResults results) =>
        $"{results.Machine.Cores} cores, {results.Machine.MemoryBytes / 1073741824.0:N0} GiB; {results.Machine.Broker}; {results.Size} size, {results.StartedAt:yyyy-MM-dd}";

    private static IReadOnlyList<string> LoadPlot(BenchResults results, string folder)
    {
        var throughput = new List<Series>();
        var latency = new List<Series>();
        foreach (var store in results.Stores)
        {
            var color = Colors.GetValueOrDefault(store.Store, "#333333");
            throughput.Add(new Series($"{store.Store}: routed/s", color, [.. store.Loads.Select(l => (l.OfferedPerSecond, l.AchievedPerSecond))]));
            latency.Add(new Series($"{store.Store} p50", color, [.. store.Loads.Select(l => (l.OfferedPerSecond, l.Latency.P50))]));
            latency.Add(new Series($"{store.Store} p99", color, [.. store.Loads.Select(l => (l.OfferedPerSecond, l.Latency.P99))], Dashed: true));
        }

        var maxOffered = results.Stores.SelectMany(s => s.Loads).Select(l => l.OfferedPerSecond).DefaultIfEmpty(1).Max();
        throughput.Add(new Series("offered = routed", "#999999", [(0, 0), (maxOffered, maxOffered)], Dashed: true, Markers: false));
        return Chart.Save(folder, "load", "Ccapex.Hub: throughput and latency against offered load", Subtitle(results),
        [
            new Panel("Throughput", "offered load, CDP notifications/s", "routed to the DRIHL, dossiers/s", throughput),
            new Panel("Latency, publish to DRIHL delivery", "offered load, CDP notifications/s", "milliseconds (log scale)", latency, LogY: true),
        ]);
    }

    private static IReadOnlyList<string> GrowthPlot(BenchResults results, string folder)
    {
        var memory = new List<Series>();
        var size = new List<Series>();
        var rate = new List<Series>();
        foreach (var store in results.Stores)
        {
            var color = Colors.GetValueOrDefault(store.Store, "#333333");
            var mine = results.Samples.Where(s => s.Store == store.Store && s.RssBytes > 0).ToList();
            memory.Add(new Series($"{store.Store}: hub RSS", color, [.. mine.Select(s => ((double)s.DossiersHeld, s.RssBytes / 1048576.0))], Markers: false));
            memory.Add(new Series($"{store.Store}: hub VmHWM", color, [.. mine.Select(s => ((double)s.DossiersHeld, s.PeakBytes / 1048576.0))], Dashed: true, Markers: false));
            size.Add(new Series($"{store.Store}: store on disk", color, [.. mine.Select(s => ((double)s.DossiersHeld, s.StoreBytes / 1048576.0))], Markers: false));

            // Only while the hub had more work than it could do: full speed and the backlog drain.
            var busy = mine.Where(s => s.Phase is "full speed" or "backlog drain" && s.RoutedPerSecond > 0).ToList();
            rate.Add(new Series($"{store.Store}: routed/s (full speed, backlog)", color, [.. busy.Select(s => ((double)s.DossiersHeld, s.RoutedPerSecond))]));
        }

        return Chart.Save(folder, "growth", "Ccapex.Hub: memory, store size and throughput against dossiers held", Subtitle(results),
        [
            new Panel("Hub process memory", "dossiers held", "MiB", memory),
            new Panel("Store size", "dossiers held", "MiB", size),
            new Panel("Throughput while saturated", "dossiers held", "dossiers routed per second", rate),
        ]);
    }

    private static string Ms(double value, string format = "F2") => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    public static string N(double value) => double.IsFinite(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : "-";

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture);
}
