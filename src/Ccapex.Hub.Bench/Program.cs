using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Ccapex.Hub.Bench;

// `./hub bench [--quick]`: the baseline, then the hub on each store, then the summary; the last line is `ratio: N`.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var repository = FindRepository();
BenchOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(BenchOptions.Usage);
        return 0;
    }

    options = BenchOptions.Parse(args, repository);
}
catch (Exception invalid) when (invalid is ArgumentException or FormatException or OverflowException)
{
    await Console.Error.WriteLineAsync($"bench: {invalid.Message}{Environment.NewLine}{BenchOptions.Usage}");
    return 2;
}

if (options.PlotOnly is { } resultsJson)
{
    return await PlotOnlyAsync(resultsJson, options.PlotDirectory);
}

using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt.Handle);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt.Handle);
Directory.CreateDirectory(options.WorkDirectory);
var runTag = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4];
var startedAt = DateTimeOffset.UtcNow;
using var broker = new BrokerManagement(options.ManagementUri, options.AmqpUri);
var hostCopy = Path.Combine(options.WorkDirectory, "host");
try
{
    options = options with { HostDll = CopyHost(options.HostDll, hostCopy) };
    var machine = await Machine.DescribeAsync(broker, options);
    static string Auto(int? count) => count?.ToString("N0", CultureInfo.InvariantCulture) ?? "auto";
    Progress.Line($"{options.Size} size, budget {options.Budget.TotalSeconds:N0} s: baseline {options.BaselineMessages:N0} messages; hub on {string.Join(", ", options.Stores)}: "
        + $"{Auto(options.Dossiers)} dossiers on SQLite, {Auto(options.PostgresDossiers)} on PostgreSQL, loads {string.Join("/", options.LoadFractions)} x full speed "
        + (options.FixedRates.Count > 0 ? $"and {string.Join("/", options.FixedRates)} CDPs/s " : "")
        + $"for {options.StepDuration.TotalSeconds:N0} s each, backlog {Auto(options.Backlog)}; results in {options.WorkDirectory}");
    if (Chart.Font is null)
    {
        Progress.Line($"plots: {Chart.NoFont}; `--plot-only {Path.Combine(options.WorkDirectory, "results.json")}` draws them later where a font is installed");
    }

    Progress.Line($"machine: {machine.Cores} cores ({machine.CpuModel}), {machine.MemoryBytes / 1073741824.0:N1} GiB, {machine.Kernel}, {machine.Runtime}; {machine.Broker}");

    if (options.JournalOnly)
    {
        // No baseline to compare with: the rounds compare the hub with itself, journal off and on.
        var journalOnly = await JournalCostAsync(options, broker, new BaselineResult(0, 0, double.NaN, double.NaN, double.NaN, double.NaN), runTag);
        return journalOnly.All(j => j.AllVerified) ? 0 : 1;
    }

    var baselineHost = await broker.CreateVirtualHostAsync($"ccapex-bench-{runTag}-baseline");
    Progress.Line($"baseline: {options.BaselineMessages:N0} persistent messages, confirms with {options.PublishesInFlight} in flight, one consumer, manual acks, prefetch 100");
    var baseline = await Baseline.RunAsync(baselineHost, options.BaselineMessages, options.PublishesInFlight);
    Progress.Line($"baseline: {baseline.MessagesPerSecond:N0} msgs/s end to end ({baseline.BodyBytes}-byte bodies; published and confirmed at {baseline.PublishedPerSecond:N0}/s); "
        + $"CPU per message: broker {baseline.BrokerCpuMsPerMessage:F3} ms, bench {baseline.BenchCpuMsPerMessage:F3} ms");
    await broker.DeleteVirtualHostsAsync();

    var samples = new List<Sample>();
    var stores = new List<StoreResult>();
    for (var i = 0; i < options.Stores.Count; i++)
    {
        var store = options.Stores[i];
        var later = options.Stores.Count - i - 1;
        var reserve = later * (20 + (BenchOptions.PostgresShare * options.Budget.TotalSeconds) + options.SweepSeconds);
        var bench = new HubBench(options, broker, baseline, store, runTag, samples);
        stores.Add(await bench.RunAsync(withBacklog: i == 0, reserve));
        await broker.DeleteVirtualHostsAsync();
    }

    var journal = await JournalCostAsync(options, broker, baseline, runTag);
    var results = new BenchResults(options.Size, startedAt, Progress.Elapsed.TotalSeconds, machine, baseline, stores, samples);
    await Report.WriteAsync(results, options.WorkDirectory);
    Progress.Line($"results: {Path.Combine(options.WorkDirectory, "results.json")}, summary.md, samples.csv");
    Progress.Line($"plots: {Report.WritePlots(results, options.PlotDirectory)}");
    Progress.Plain("");
    Progress.Plain(Report.Summary(results));
    foreach (var cost in journal)
    {
        Progress.Plain(cost.Line());
    }

    foreach (var store in stores.Where(s => s.Store != "sqlite"))
    {
        Progress.Plain($"ratio ({store.Store}): {results.Ratio(store.Store).ToString("0.0000", CultureInfo.InvariantCulture)}");
    }

    var primary = results.Store("sqlite") is null ? stores[0].Store : "sqlite";
    Progress.Plain($"ratio: {results.Ratio(primary).ToString("0.0000", CultureInfo.InvariantCulture)}");
    return 0;
}
catch (OperationCanceledException) when (Interrupt.Token.IsCancellationRequested)
{
    Progress.Line("interrupted: the hub was stopped and the virtual hosts are being deleted");
    return 130;
}
catch (Exception failure) when (failure is TimeoutException or InvalidOperationException or HttpRequestException or IOException
    or RabbitMQ.Client.Exceptions.BrokerUnreachableException or Npgsql.NpgsqlException)
{
    Progress.Line($"failed: {failure.Message}");
    return 1;
}
finally
{
    await broker.DeleteVirtualHostsAsync();
    if (!options.Keep)
    {
        var journalStores = Directory.Exists(options.WorkDirectory) ? Directory.GetDirectories(options.WorkDirectory, "journal-*") : [];
        foreach (var folder in new[] { hostCopy, Path.Combine(options.WorkDirectory, "sqlite") }.Concat(journalStores).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

// `--plot-only results.json`: an earlier run's plots drawn again (after a change to the plots), nothing measured.
// The delivery journal's cost (issue 11, item 5): per store, rounds of the journal off then on, on fresh stores.
static async Task<List<JournalCostResult>> JournalCostAsync(BenchOptions options, BrokerManagement broker, BaselineResult baseline, string runTag)
{
    var results = new List<JournalCostResult>();
    if (options.JournalRounds == 0)
    {
        return results;
    }

    foreach (var store in options.Stores)
    {
        var rounds = new List<JournalRound>();
        for (var round = 1; round <= options.JournalRounds; round++)
        {
            foreach (var journal in new[] { false, true })
            {
                var bench = new HubBench(options, broker, baseline, store, runTag, []);
                rounds.Add(await bench.RunJournalRoundAsync(options.JournalDossiers, journal, round));
                await broker.DeleteVirtualHostsAsync();
            }
        }

        var cost = new JournalCostResult(store, rounds);
        results.Add(cost);
        Progress.Line(cost.Line());
    }

    return results;
}

static async Task<int> PlotOnlyAsync(string resultsJson, string plotDirectory)
{
    BenchResults results;
    try
    {
        results = await Report.ReadAsync(resultsJson);
    }
    catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or JsonException)
    {
        await Console.Error.WriteLineAsync($"bench: cannot plot {resultsJson}: {unreadable.Message}");
        return 2;
    }

    if (Chart.Font is null)
    {
        await Console.Error.WriteLineAsync($"bench: {Chart.NoFont}");
        return 1;
    }

    Console.WriteLine($"plots: {Report.WritePlots(results, plotDirectory)}");
    return 0;
}

// The host's build output, copied so that a rebuild during the run (tests, another developer) cannot change what runs.
static string CopyHost(string hostDll, string destination)
{
    var source = Path.GetDirectoryName(hostDll)!;
    if (!File.Exists(hostDll))
    {
        throw new FileNotFoundException($"The hub host is not built at {hostDll}: run `dotnet build src/Ccapex.Hub.Bench -c Release` (./hub bench does).", hostDll);
    }

    foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
    {
        var target = Path.Combine(destination, Path.GetRelativePath(source, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target, overwrite: true);
    }

    return Path.Combine(destination, Path.GetFileName(hostDll));
}

static string FindRepository()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Ccapex.Hub.sln")) || File.Exists(Path.Combine(directory.FullName, "Ccapex.Hub.slnx")))
        {
            return directory.FullName;
        }
    }

    return Environment.CurrentDirectory;
}

namespace Ccapex.Hub.Bench
{
    /// <summary>Ctrl-C or SIGTERM: the run stops where it is, then stops the hub and deletes what it created.</summary>
    internal static class Interrupt
    {
        private static readonly CancellationTokenSource Source = new();

        public static CancellationToken Token => Source.Token;

        public static void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            Source.Cancel();
        }
    }

    /// <summary>What the summary says about the machine and the services.</summary>
    internal static class Machine
    {
        public static async Task<MachineInfo> DescribeAsync(BrokerManagement broker, BenchOptions options)
        {
            var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
            var memKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            var stores = new Dictionary<string, string>();
            foreach (var store in options.Stores)
            {
                await using StoreProbe probe = store == "sqlite"
                    ? new SqliteProbe(options.WorkDirectory)
                    : new PostgresProbe(options.PostgresConnectionString, "public");
                stores[store] = await probe.VersionAsync();
            }

            return new MachineInfo(
                Environment.ProcessorCount,
                cpu,
                long.Parse(memKb, CultureInfo.InvariantCulture) * 1024,
                $"{RuntimeInformation.OSDescription}",
                $".NET {Environment.Version}",
                await broker.VersionAsync(),
                stores);
        }
    }
}
