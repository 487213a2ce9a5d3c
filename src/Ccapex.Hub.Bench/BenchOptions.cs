using System.Globalization;

namespace Ccapex.Hub.Bench;

/// <summary>What one run measures and how much: the default size fits ten minutes on two cores, --quick one minute.</summary>
internal sealed record BenchOptions
{
    public required string Size { get; init; }

    /// <summary>Messages through the raw RabbitMQ.Client baseline.</summary>
    public required int BaselineMessages { get; init; }

    /// <summary>CDPs sent to each fresh hub before anything is measured (JIT, connections, pools).</summary>
    public required int Warmup { get; init; }

    /// <summary>Dossiers opened at full speed on SQLite; null: sized after the warm-up to fit the time budget.</summary>
    public int? Dossiers { get; init; }

    /// <summary>Dossiers opened at full speed on PostgreSQL; null: sized after its warm-up.</summary>
    public int? PostgresDossiers { get; init; }

    /// <summary>
    /// CDPs queued while the hub is stopped, then drained (SQLite, on the store the other phases filled); null: 100,000,
    /// or fewer when the drain would not fit the time budget (the summary then extrapolates to 100,000).
    /// </summary>
    public int? Backlog { get; init; }

    /// <summary>The backlog the issue asks about; a smaller measured one is extrapolated to it.</summary>
    public const int ReferenceBacklog = 100_000;

    /// <summary>How long the run may take (the build before it aside); automatic sizes are derived from it.</summary>
    public required TimeSpan Budget { get; init; }

    /// <summary>Shares of the budget: full speed on SQLite, full speed on PostgreSQL.</summary>
    public const double SqliteShare = 0.22;
    public const double PostgresShare = 0.10;

    /// <summary>Offered loads of the latency sweep, as fractions of the store's saturated rate.</summary>
    public required IReadOnlyList<double> LoadFractions { get; init; }

    /// <summary>Offered loads at fixed rates (CDPs/s), after the sweep: 500 is the latency goal (p99 under 20 ms).</summary>
    public IReadOnlyList<double> FixedRates { get; init; } = [];

    /// <summary>How long each offered load is applied.</summary>
    public required TimeSpan StepDuration { get; init; }

    /// <summary>Which stores the hub runs on, in order.</summary>
    public IReadOnlyList<string> Stores { get; init; } = ["sqlite", "postgres"];

    /// <summary>Publishes awaiting their broker confirm at once (baseline and hub alike).</summary>
    public int PublishesInFlight { get; init; } = 100;

    /// <summary>At full speed, CDPs submitted but not yet routed at once: enough to keep every hub consumer busy, not a queue that grows.</summary>
    public int SaturationWindow { get; init; } = 500;

    /// <summary>The CCAPEX_DATA_DIR parent and results folder of this run.</summary>
    public required string WorkDirectory { get; init; }

    /// <summary>Where the plots go (docs/performance for the default size, the run folder for --quick).</summary>
    public required string PlotDirectory { get; init; }

    public required string HostDll { get; init; }

    /// <summary>A results.json of an earlier run: draw its plots again, measure nothing.</summary>
    public string? PlotOnly { get; init; }

    /// <summary>
    /// The delivery journal's cost (issue 11, item 5): CDPs opened at full speed per round, each store run with the
    /// journal off then on, <see cref="JournalRounds"/> times (alternating, so that the machine's drift hits both).
    /// </summary>
    public int JournalDossiers { get; init; } = 3_000;

    public int JournalRounds { get; init; } = 2;

    /// <summary>Only the journal's cost: no baseline, no full-speed run, no sweep, no backlog.</summary>
    public bool JournalOnly { get; init; }

    /// <summary>Keep the SQLite store and the copy of the host in the run folder (deleted otherwise).</summary>
    public bool Keep { get; init; }

    public required Uri AmqpUri { get; init; }

    public required Uri ManagementUri { get; init; }

    public required string PostgresConnectionString { get; init; }

    /// <summary>Longest wait for one phase to finish routing what it submitted.</summary>
    public TimeSpan PhaseTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Seconds a sweep takes on one store: each step, then the wait for its last CDPs and listing lines.</summary>
    public double SweepSeconds => (LoadFractions.Count + FixedRates.Count) * ((StepDuration.TotalSeconds * 2) + 4);

    /// <summary>Rounds an automatic count down to two significant digits, at least <paramref name="floor"/>.</summary>
    public static int Round(double count, int floor)
    {
        if (!double.IsFinite(count) || count < floor)
        {
            return floor;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(count)) - 1);
        return (int)(Math.Floor(count / magnitude) * magnitude);
    }

    public const string Usage = """
        Usage: dotnet Ccapex.Hub.Bench.dll [--quick] [options]

          --quick               small counts, under a minute (CI)
          --budget-seconds N    time the run may take; sizes not given are derived from it and the warm-up rate
                                (default 540; quick 30)
          --dossiers N          dossiers opened at full speed on SQLite (default: about 22% of the budget)
          --pg-dossiers N       the same on PostgreSQL (default: about 10% of the budget)
          --backlog N           CDPs queued while the hub is stopped, then drained (default 100000, fewer if the
                                drain would not fit the budget: the summary then extrapolates to 100000)
          --baseline N          messages through the raw RabbitMQ.Client baseline (default 100000; quick 10000)
          --loads a,b,c         offered loads of the latency sweep, fractions of the saturated rate (default 0.25,0.5,0.75,1,1.25)
          --rates r,s           offered loads at fixed rates, CDPs/s, after the sweep (default 500, the latency goal's rate; quick: none)
          --step-seconds N      how long each offered load runs (default 10; quick 2)
          --stores s,p          sqlite,postgres (default both)
          --work-dir DIR        run folder (default .hub/bench/<timestamp>)
          --plot-dir DIR        where the plots go, .svg and .png (default docs/performance; quick and --plot-only:
                                the run folder)
          --plot-only FILE      draw the plots of an earlier run's results.json again; nothing is measured
          --host-dll PATH       the Release build of the host (default src/Ccapex.Hub.Host/bin/Release/net10.0/Ccapex.Hub.Host.dll);
                                its folder is copied into the run folder first, so a rebuild during the run changes nothing
          --keep                keep the SQLite store and the host copy in the run folder
          --journal-dossiers N  the delivery journal's cost: CDPs at full speed per round, journal off then on, on each
                                store (default 3000; quick 500); `audit verify` timed on the journal of each "on" round
          --journal-rounds N    off/on pairs per store (default 2; quick 1; 0: not measured)
          --journal-only        measure only the journal's cost (no baseline, full-speed run, sweep or backlog)

        Environment: CCAPEX_RABBITMQ_URI, CCAPEX_RABBITMQ_MANAGEMENT_URI, CCAPEX_POSTGRES (as ./hub exports them).
        The last line printed is `ratio: <hub saga events/s on SQLite / baseline msgs/s>`.
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args, string repository)
    {
        var quick = args.Contains("--quick");
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var work = Path.Combine(repository, ".hub", "bench", stamp + (quick ? "-quick" : ""));
        var options = new BenchOptions
        {
            Size = quick ? "quick" : "default",
            BaselineMessages = quick ? 10_000 : 100_000,
            Warmup = quick ? 100 : 1_000,
            Budget = TimeSpan.FromSeconds(quick ? 30 : 540),
            LoadFractions = quick ? [0.5, 1.0] : [0.25, 0.5, 0.75, 1.0, 1.25],
            FixedRates = quick ? [] : [500],
            StepDuration = TimeSpan.FromSeconds(quick ? 2 : 10),
            PhaseTimeout = quick ? TimeSpan.FromSeconds(60) : TimeSpan.FromMinutes(5),
            WorkDirectory = work,
            PlotDirectory = quick ? work : Path.Combine(repository, "docs", "performance"),
            HostDll = Path.Combine(repository, "src", "Ccapex.Hub.Host", "bin", "Release", "net10.0", "Ccapex.Hub.Host.dll"),
            AmqpUri = new Uri(Environment.GetEnvironmentVariable("CCAPEX_RABBITMQ_URI") ?? "amqp://guest:guest@127.0.0.1:5672/"),
            ManagementUri = new Uri(Environment.GetEnvironmentVariable("CCAPEX_RABBITMQ_MANAGEMENT_URI") ?? "http://guest:guest@127.0.0.1:15672/"),
            PostgresConnectionString = Environment.GetEnvironmentVariable("CCAPEX_POSTGRES")
                ?? "Host=127.0.0.1;Port=5432;Username=ccapex;Password=ccapex;Database=ccapex",
        };

        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Count() => int.Parse(Value(), NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--quick" => options,
                "--keep" => options with { Keep = true },
                "--journal-dossiers" => options with { JournalDossiers = Count() },
                "--journal-rounds" => options with { JournalRounds = Count() },
                "--journal-only" => options with { JournalOnly = true },
                "--dossiers" => options with { Dossiers = Count() },
                "--pg-dossiers" => options with { PostgresDossiers = Count() },
                "--backlog" => options with { Backlog = Count() },
                "--budget-seconds" => options with { Budget = TimeSpan.FromSeconds(Count()) },
                "--baseline" => options with { BaselineMessages = Count() },
                "--loads" => options with { LoadFractions = [.. Value().Split(',').Select(f => double.Parse(f, CultureInfo.InvariantCulture))] },
                "--rates" => options with { FixedRates = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(f => double.Parse(f, CultureInfo.InvariantCulture))] },
                "--step-seconds" => options with { StepDuration = TimeSpan.FromSeconds(Count()) },
                "--stores" => options with { Stores = [.. Value().Split(',').Select(s => s.Trim().ToLowerInvariant())] },
                "--work-dir" => options with { WorkDirectory = Path.GetFullPath(Value()) },
                "--plot-dir" => options with { PlotDirectory = Path.GetFullPath(Value()) },
                "--plot-only" => options with { PlotOnly = Path.GetFullPath(Value()) },
                "--host-dll" => options with { HostDll = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.PlotOnly is { } resultsJson && !args.Contains("--plot-dir"))
        {
            options = options with { PlotDirectory = Path.GetDirectoryName(resultsJson)! };
        }

        if (options.Stores.Any(s => s is not ("sqlite" or "postgres")) || options.Stores.Count == 0)
        {
            throw new ArgumentException("--stores takes sqlite, postgres or both.");
        }

        if (args.Contains("--quick") && !args.Contains("--journal-dossiers"))
        {
            options = options with { JournalDossiers = 500, JournalRounds = 1 };
        }

        if (options.JournalDossiers < 1 || options.JournalRounds < 0 || options.Dossiers < 1 || options.PostgresDossiers < 1 || options.Backlog < 0 || options.BaselineMessages < 1 || options.LoadFractions.Any(f => f <= 0) || options.FixedRates.Any(r => r <= 0))
        {
            throw new ArgumentException("Counts and loads must be positive.");
        }

        return options;
    }
}
