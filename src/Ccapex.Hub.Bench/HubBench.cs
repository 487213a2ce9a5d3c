using System.Diagnostics;
using System.Globalization;

namespace Ccapex.Hub.Bench;

/// <summary>
/// The hub on one store, as a child process on a virtual host of its own: warm-up, CDPs at full speed (throughput,
/// memory and store size as dossiers accumulate), a sweep of fixed offered loads (latency), and on request a backlog
/// queued while the hub is stopped. Everything the bench publishes goes to the intake exchange as a bailiff's
/// system would; everything it reads is what partners read.
/// </summary>
internal sealed class HubBench
{
    private readonly BenchOptions _options;
    private readonly BrokerManagement _broker;
    private readonly BaselineResult _baseline;
    private readonly string _store;
    private readonly string _runTag;
    private readonly List<Sample> _samples;
    private readonly TimeLog _published = new();
    private readonly MachineCpu _cpu = new();
    private readonly DateTimeOffset _wallAtStart = DateTimeOffset.UtcNow;
    private readonly long _clockAtStart = Stopwatch.GetTimestamp();
    private string _phase = "starting";
    private long _nextSeq;
    private HubProcess? _hub;
    private RoutedObserver _observer = null!;
    private ConfirmPublisher _publisher = null!;
    private CdpFactory _cdps = null!;
    private StoreProbe _probe = null!;
    private ListingState? _listing;
    private long _storeBytes;
    private int _tick;
    private long _routedAtLastTick;
    private int _sampling;
    private double _lastSampleAt;
    private long _routedAtLastSample;

    public HubBench(BenchOptions options, BrokerManagement broker, BaselineResult baseline, string store, string runTag, List<Sample> samples)
    {
        _options = options;
        _broker = broker;
        _baseline = baseline;
        _store = store;
        _runTag = runTag;
        _samples = samples;
    }

    private static CancellationToken Stopping => Interrupt.Token;

    /// <param name="withBacklog">Also queue a backlog while the hub is stopped and time its drain.</param>
    /// <param name="reserveSeconds">Budget to leave for the stores measured after this one.</param>
    public async Task<StoreResult> RunAsync(bool withBacklog, double reserveSeconds)
    {
        var vhostName = $"ccapex-bench-{_runTag}-{_store}";
        var vhost = await _broker.CreateVirtualHostAsync(vhostName);
        var dataDirectory = Path.Combine(_options.WorkDirectory, _store);
        Directory.CreateDirectory(dataDirectory);
        var schema = "bench_" + _runTag.Replace('-', '_');
        _probe = _store == "sqlite" ? new SqliteProbe(dataDirectory) : new PostgresProbe(_options.PostgresConnectionString, schema);
        var environment = new Dictionary<string, string>
        {
            ["CCAPEX_RABBITMQ_URI"] = vhost.ToString(),
            ["CCAPEX_DATA_DIR"] = dataDirectory,
            ["CCAPEX_STORE"] = _store,
            ["CCAPEX_LOG_FORMAT"] = "simple",
            ["DOTNET_gcServer"] = "0",
        };
        if (_store == "postgres")
        {
            environment["CCAPEX_POSTGRES"] = _options.PostgresConnectionString;
            environment["Hub__Store__Schema"] = schema;
        }

        _cdps = new CdpFactory($"{_runTag}-{_store[0]}");
        var logPath = Path.Combine(_options.WorkDirectory, $"hub-{_store}.log");
        try
        {
            var version = await _probe.VersionAsync();
            Progress.Line($"{_store}: {version}; virtual host {vhostName}; hub log {logPath}");
            _observer = await RoutedObserver.StartAsync(vhost, _cdps);
            _publisher = await ConfirmPublisher.ConnectAsync(vhost, "ccapex-bench-bailiffs", _options.PublishesInFlight);
            await StartHubAsync(environment, logPath);
            _lastSampleAt = Progress.Elapsed.TotalSeconds;
            using var sampler = new Timer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

            _phase = "warm-up";
            var warmupStart = Stopwatch.GetTimestamp();
            await SubmitAtFullSpeedAsync(_options.Warmup);
            var (_, warmupDone, _) = await WaitForListingAsync(_observer.Routed, _options.PhaseTimeout);
            var warmupRate = _options.Warmup / Seconds(warmupStart, Math.Max(warmupDone, _observer.LastArrival));
            var share = _store == "sqlite" ? BenchOptions.SqliteShare : BenchOptions.PostgresShare;
            var dossiers = (_store == "sqlite" ? _options.Dossiers : _options.PostgresDossiers)
                ?? BenchOptions.Round(warmupRate * share * _options.Budget.TotalSeconds, 500);
            Progress.Line($"{_store}: warm-up of {_options.Warmup:N0} CDPs done at {warmupRate:N0}/s (routed and listed)");
            var saturation = await SaturateAsync(dossiers);

            var loads = new List<LoadPoint>();
            foreach (var fraction in _options.LoadFractions)
            {
                loads.Add(await OfferAsync(fraction, saturation.DossiersPerSecond * fraction));
            }

            foreach (var rate in _options.FixedRates)
            {
                loads.Add(await OfferAsync(rate / saturation.DossiersPerSecond, rate, fixedRate: true));
            }

            loads.Sort((a, b) => a.OfferedPerSecond.CompareTo(b.OfferedPerSecond));

            BacklogResult? backlog = null;
            if (withBacklog && BacklogSize(saturation, reserveSeconds) is var count and > 0)
            {
                backlog = await BacklogAsync(environment, logPath, count, reserveSeconds);
            }

            _phase = "final";
            var finalDossiers = await _probe.DossiersAsync();
            var finalBytes = await _probe.SizeAsync();
            var unsent = await _probe.UnsentOutboxAsync();
            var tables = await _probe.TableBytesAsync();
            Sample();
            var peak = _samples.Where(s => s.Store == _store).Select(s => s.PeakBytes).DefaultIfEmpty().Max();
            Progress.Line($"{_store}: {finalDossiers:N0} dossiers in the store, {Mib(finalBytes)} on disk ({string.Join(", ", tables.Take(4).Select(t => $"{t.Key} {Mib(t.Value)}"))}), "
                + $"{unsent:N0} outbox rows not yet due or unsent; hub peak memory {Mib(peak)}");
            return new StoreResult(_store, version, saturation, loads, backlog, peak, finalDossiers, finalBytes, unsent, tables);
        }
        finally
        {
            if (_hub is not null)
            {
                await _hub.DisposeAsync();
            }

            if (_publisher is not null)
            {
                await _publisher.DisposeAsync();
            }

            if (_observer is not null)
            {
                await _observer.DisposeAsync();
            }

            await _probe.DropAsync();
            await _probe.DisposeAsync();
        }
    }

    /// <summary>
    /// One round of the journal's cost on a fresh store: warm-up, then <paramref name="dossiers"/> CDPs at full speed with
    /// the journal on or off (<c>Hub__Journal__Enabled</c>); then, journal on, the hub stopped (its sealer's last round
    /// signs what is left) and <c>audit verify</c> run by the host's program on that store, timed by the verifier itself.
    /// </summary>
    public async Task<JournalRound> RunJournalRoundAsync(int dossiers, bool journal, int round)
    {
        var suffix = $"j{(journal ? "on" : "off")}{round}";
        var vhost = await _broker.CreateVirtualHostAsync($"ccapex-bench-{_runTag}-{_store}-{suffix}");
        var dataDirectory = Path.Combine(_options.WorkDirectory, $"journal-{_store}-{suffix}", "data");
        Directory.CreateDirectory(dataDirectory);
        var schema = $"bench_{_runTag.Replace('-', '_')}_{suffix}";
        _probe = _store == "sqlite" ? new SqliteProbe(dataDirectory) : new PostgresProbe(_options.PostgresConnectionString, schema);
        var environment = new Dictionary<string, string>
        {
            ["CCAPEX_RABBITMQ_URI"] = vhost.ToString(),
            ["CCAPEX_DATA_DIR"] = dataDirectory,
            ["CCAPEX_STORE"] = _store,
            ["CCAPEX_LOG_FORMAT"] = "simple",
            ["DOTNET_gcServer"] = "0",
            ["Hub__Journal__Enabled"] = journal ? "true" : "false",
        };
        if (_store == "postgres")
        {
            environment["CCAPEX_POSTGRES"] = _options.PostgresConnectionString;
            environment["Hub__Store__Schema"] = schema;
        }

        _cdps = new CdpFactory($"{_runTag}-{_store[0]}{suffix}");
        var logPath = Path.Combine(_options.WorkDirectory, $"hub-{_store}-{suffix}.log");
        try
        {
            _observer = await RoutedObserver.StartAsync(vhost, _cdps);
            _publisher = await ConfirmPublisher.ConnectAsync(vhost, "ccapex-bench-bailiffs", _options.PublishesInFlight);
            await StartHubAsync(environment, logPath);
            _phase = $"journal {(journal ? "on" : "off")} warm-up";
            await SubmitAtFullSpeedAsync(_options.Warmup);
            await WaitForListingAsync(_observer.Routed, _options.PhaseTimeout);
            var saturation = await SaturateAsync(dossiers);
            var total = _options.Warmup + dossiers;
            var storeBytes = await _probe.SizeAsync();
            var tables = await _probe.TableBytesAsync();
            var journalTables = _store == "postgres" ? tables.Where(t => t.Key.StartsWith("journal", StringComparison.Ordinal)).Sum(t => t.Value) : 0;
            await _hub!.StopAsync(TimeSpan.FromSeconds(60));
            var rows = await _probe.JournalRowsAsync();
            var (verified, verifiedRows, seconds) = journal ? await VerifyAsync(environment) : (true, 0L, 0.0);
            var result = new JournalRound(_store, journal, total, saturation.DossiersPerSecond, storeBytes, journalTables, rows, verifiedRows, seconds, verified);
            Progress.Line($"{_store}: journal {(journal ? "on" : "off")}, round {round}: {result.DossiersPerSecond:N0} dossiers/s, {rows:N0} journal rows, store {Mib(storeBytes)}"
                + (journal ? $"; audit verify {(verified ? "ok" : "FAILED")}: {verifiedRows:N0} rows in {seconds:F3} s" : ""));
            return result;
        }
        finally
        {
            if (_hub is not null)
            {
                await _hub.DisposeAsync();
                _hub = null;
            }

            await _publisher.DisposeAsync();
            await _observer.DisposeAsync();
            await _probe.DropAsync();
            await _probe.DisposeAsync();
        }
    }

    /// <summary><c>audit verify --json</c> by the host's program, with the round's settings: whether it passed, rows checked, the verifier's own time.</summary>
    private async Task<(bool Ok, long Rows, double Seconds)> VerifyAsync(Dictionary<string, string> environment)
    {
        var start = Ccapex.Hub.Host.HubHostCommand.StartInfo(_options.HostDll, environment.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)));
        start.ArgumentList.Add("audit");
        start.ArgumentList.Add("verify");
        start.ArgumentList.Add("--json");
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("audit verify did not start");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode == 2)
        {
            throw new InvalidOperationException($"audit verify could not run: {errors.Trim()}");
        }

        using var result = System.Text.Json.JsonDocument.Parse(output);
        var root = result.RootElement;
        return (root.GetProperty("ok").GetBoolean(), root.GetProperty("rowsChecked").GetInt64(),
            TimeSpan.Parse(root.GetProperty("elapsed").GetString()!, CultureInfo.InvariantCulture).TotalSeconds);
    }

    private async Task StartHubAsync(Dictionary<string, string> environment, string logPath)
    {
        _hub = HubProcess.Start(_options.HostDll, environment, logPath);
        var ready = await _hub.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        Progress.Line($"{_store}: hub pid {_hub.Id} ready in {Seconds(_hub.StartedAt, ready):F1} s");
    }

    /// <summary>
    /// CDPs as fast as the hub takes them: at most <see cref="BenchOptions.SaturationWindow"/> submitted and not yet
    /// routed, so the hub always has work and no queue grows behind it.
    /// </summary>
    private async Task<SaturationResult> SaturateAsync(int dossiers)
    {
        _phase = "full speed";
        Progress.Line($"{_store}: {dossiers:N0} CDPs at full speed (at most {_options.SaturationWindow:N0} awaiting their DRIHL copy)");
        var first = _nextSeq;
        var routedBefore = _observer.Routed;
        var start = Stopwatch.GetTimestamp();
        var cpuBefore = _hub!.CpuTime();
        var machineBefore = new MachineCpu();
        var brokerCpu = ProcessCpu.Broker();
        var databaseCpu = ProcessCpu.Database();
        var benchCpu = ProcessCpu.Bench();
        await SubmitAtFullSpeedAsync(dossiers);
        var lastArrival = _observer.LastArrival;
        var routedSeconds = Seconds(start, lastArrival);
        var hubMs = (_hub.CpuTime() - cpuBefore).TotalMilliseconds;
        var brokerMs = brokerCpu.Next().TotalMilliseconds;
        var databaseMs = databaseCpu.Next().TotalMilliseconds;
        var benchMs = benchCpu.Next().TotalMilliseconds;
        var (busy, ioWait) = machineBefore.Next();
        var cpu = new CpuPerDossier(Environment.ProcessorCount, hubMs / dossiers, brokerCpu.Processes == 0 ? double.NaN : brokerMs / dossiers,
            databaseMs / dossiers, benchMs / dossiers, _baseline.BrokerCpuMsPerMessage, _baseline.MessagesPerSecond);
        var latency = Latencies(first, _nextSeq);
        var perSecond = (_observer.Routed - routedBefore) / routedSeconds;
        Progress.Line($"{_store}: {dossiers:N0} dossiers opened and routed in {routedSeconds:F1} s: {perSecond:N0} dossiers/s; "
            + $"CPU per dossier: hub {cpu.Hub:F2} ms, broker {cpu.Broker:F2} ms, PostgreSQL {cpu.Database:F2} ms, bench {cpu.Bench:F2} ms, sum {cpu.Total:F2} ms; "
            + $"machine busy {busy:P0} (iowait {ioWait:P0})");
        Progress.Line($"{_store}: ceiling if the hub cost no CPU: {cpu.Cores} cores x 1000 / {cpu.OutsideHub:F2} ms (broker + PostgreSQL + bench) "
            + $"= {cpu.CeilingDossiersPerSecond:N0} dossiers/s, ratio {cpu.CeilingRatio:F3}; "
            + $"the broker's CPU per dossier = {cpu.BrokerInBaselineMessages:F1} baseline messages ({cpu.BrokerMsPerBaselineMessage:F3} ms each)");

        var (listingDone, listingAt, handled) = await WaitForListingAsync(_observer.Routed, _options.PhaseTimeout);
        var listingSeconds = Seconds(start, listingAt);
        var listingHandledNow = handled - routedBefore;
        var listingPerSecond = listingHandledNow / listingSeconds;
        var sagaSeconds = Math.Max(routedSeconds, listingSeconds);
        var sagaEvents = dossiers + listingHandledNow;
        Progress.Line($"{_store}: CAF listing saga handled {listingHandledNow:N0} lines in {listingSeconds:F1} s ({listingPerSecond:N0}/s){(listingDone ? "" : " (not finished: timed out)")}; "
            + $"saga events {sagaEvents:N0} in {sagaSeconds:F1} s = {sagaEvents / sagaSeconds:N0}/s");
        return new SaturationResult(dossiers, routedSeconds, perSecond, listingSeconds, listingDone, listingHandledNow, listingPerSecond,
            sagaEvents / sagaSeconds, latency, cpu, busy, ioWait);
    }

    /// <summary>CDPs published at a fixed rate for the step's duration, whatever the hub does; then waits for them to be routed.</summary>
    private async Task<LoadPoint> OfferAsync(double fraction, double rate, bool fixedRate = false)
    {
        _phase = fixedRate ? $"load {rate:0}/s" : $"load {fraction:0.##}x";
        var count = Math.Max(10, (int)(rate * _options.StepDuration.TotalSeconds));
        Progress.Line($"{_store}: offered load {rate:N0} CDPs/s ({fraction:0.##} x full speed) for {_options.StepDuration.TotalSeconds:N0} s");
        var first = _nextSeq;
        var routedBefore = _observer.Routed;
        var start = Stopwatch.GetTimestamp();
        var sent = 0;
        while (sent < count)
        {
            Stopping.ThrowIfCancellationRequested();
            var due = Math.Min(count, (long)(Seconds(start, Stopwatch.GetTimestamp()) * rate) + 1);
            while (sent < due)
            {
                await PublishNextAsync();
                sent++;
            }

            await Task.Delay(1);
        }

        await _publisher.DrainAsync();
        var timeout = TimeSpan.FromSeconds(Math.Max(20, _options.StepDuration.TotalSeconds * 4));
        var complete = await WaitForRoutedAsync(routedBefore + count, timeout);
        var routed = (int)(_observer.Routed - routedBefore);
        var achieved = routed / Seconds(start, _observer.LastArrival);
        var latency = Latencies(first, _nextSeq);
        Progress.Line($"{_store}: offered {rate:N0}/s, routed {routed:N0}/{count:N0} at {achieved:N0}/s{(complete ? "" : " (timed out)")}; "
            + $"latency p50 {latency.P50:N0} ms, p99 {latency.P99:N0} ms");

        // Let the listing saga catch up (for a while) so that the next step starts from a hub at rest.
        await WaitForListingAsync(_observer.Routed, _options.StepDuration, quiet: true);
        return new LoadPoint(fraction, rate, count, routed, achieved, latency, fixedRate);
    }

    /// <summary>The backlog asked for, else 100,000 or as many as the remaining budget drains at the rate both sagas sustained.</summary>
    private int BacklogSize(SaturationResult saturation, double reserveSeconds)
    {
        if (_options.Backlog is { } asked)
        {
            return asked;
        }

        var sustained = Math.Min(saturation.DossiersPerSecond, saturation.ListingEventsPerSecond);
        var remaining = _options.Budget.TotalSeconds - Progress.Elapsed.TotalSeconds - reserveSeconds - 15;
        var fits = BenchOptions.Round(sustained * remaining * 0.8, 500);
        if (fits < BenchOptions.ReferenceBacklog)
        {
            Progress.Line($"{_store}: a backlog of {BenchOptions.ReferenceBacklog:N0} would take about {BenchOptions.ReferenceBacklog / sustained:N0} s at {sustained:N0}/s; "
                + $"{remaining:N0} s of the budget remain: measuring {fits:N0} and extrapolating");
        }

        return Math.Min(BenchOptions.ReferenceBacklog, fits);
    }

    /// <summary>
    /// Stops the hub, queues CDPs on its intake, starts it and times the drain: when every CDP is stored as a dossier
    /// (the intake and the dossier saga are through), and when every DRIHL copy has arrived (the relay is through too).
    /// </summary>
    private async Task<BacklogResult> BacklogAsync(Dictionary<string, string> environment, string logPath, int count, double reserveSeconds)
    {
        _phase = "backlog";
        Progress.Line($"{_store}: stopping the hub (SIGTERM) to queue a backlog of {count:N0} CDPs");
        var exit = await _hub!.StopAsync(TimeSpan.FromSeconds(60));
        var peakBefore = _hub.Memory().Peak;
        await _hub.DisposeAsync();
        _hub = null;
        if (exit != 0)
        {
            Progress.Warn($"the hub exited with code {exit}");
        }

        var routedBefore = _observer.Routed;
        var dossiersBefore = await _probe.DossiersAsync();
        var publishStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            Stopping.ThrowIfCancellationRequested();
            await PublishNextAsync();
            if ((i + 1) % 20_000 == 0)
            {
                Progress.Line($"{_store}: backlog {i + 1:N0}/{count:N0} queued");
            }
        }

        await _publisher.DrainAsync();
        var publishSeconds = Seconds(publishStart, Stopwatch.GetTimestamp());
        Progress.Line($"{_store}: {count:N0} CDPs queued in {publishSeconds:F1} s; starting the hub");

        _phase = "backlog drain";
        _hub = HubProcess.Start(_options.HostDll, environment, logPath);
        var started = _hub.StartedAt;
        var ready = await _hub.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        var timeout = TimeSpan.FromSeconds(Math.Max(60, _options.Budget.TotalSeconds - Progress.Elapsed.TotalSeconds - reserveSeconds - 10));
        var deadline = Stopwatch.StartNew();
        long ingested = 0;
        while (_observer.Routed < routedBefore + count && deadline.Elapsed < timeout)
        {
            Stopping.ThrowIfCancellationRequested();
            EnsureHubAlive();
            if (ingested == 0 && await _probe.DossiersAsync() - dossiersBefore >= count)
            {
                ingested = Stopwatch.GetTimestamp();
                Progress.Line($"{_store}: the {count:N0} CDPs are stored as dossiers {Seconds(started, ingested):F1} s after the start; "
                    + $"{_observer.Routed - routedBefore:N0} DRIHL copies have arrived so far");
            }

            await Task.Delay(500);
        }

        var routed = _observer.Routed - routedBefore;
        var complete = routed >= count;
        var last = complete ? _observer.LastArrival : Stopwatch.GetTimestamp();
        ingested = ingested == 0 ? last : ingested;
        var fromStart = Seconds(started, last);
        Progress.Line($"{_store}: backlog: {routed:N0} of {count:N0} DRIHL copies {fromStart:F1} s after the hub started{(complete ? "" : " (budget spent: not drained)")} "
            + $"({Seconds(started, ready):F1} s to ready; all stored as dossiers after {Seconds(started, ingested):F1} s)");
        var (listingDone, listingAt, _) = await WaitForListingAsync(_observer.Routed, TimeSpan.FromSeconds(complete ? 30 : 1), quiet: !complete);
        return new BacklogResult(count, (int)routed, complete, publishSeconds, Seconds(started, ready), Seconds(started, ingested), fromStart,
            routed / Seconds(ready, last), Seconds(started, listingAt), listingDone, Math.Max(peakBefore, _hub.Memory().Peak));
    }

    private async Task SubmitAtFullSpeedAsync(int count)
    {
        var target = _observer.Routed + count;
        for (var i = 0; i < count; i++)
        {
            while (_nextSeq - _observer.Routed >= _options.SaturationWindow)
            {
                Stopping.ThrowIfCancellationRequested();
                EnsureHubAlive();
                await Task.Delay(1);
            }

            await PublishNextAsync();
        }

        await _publisher.DrainAsync();
        if (!await WaitForRoutedAsync(target, _options.PhaseTimeout))
        {
            throw new TimeoutException($"{_store}: only {_observer.Routed:N0} of {target:N0} CDPs reached the DRIHL within {_options.PhaseTimeout}; see the hub log.");
        }
    }

    private async Task PublishNextAsync()
    {
        var seq = _nextSeq++;
        var (messageId, body) = _cdps.Create(seq);
        _published.TrySet(seq, Stopwatch.GetTimestamp());
        await _publisher.PublishAsync(CdpFactory.IntakeExchange, string.Empty, CdpFactory.Properties(messageId), body);
    }

    private async Task<bool> WaitForRoutedAsync(long routed, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (_observer.Routed < routed)
        {
            Stopping.ThrowIfCancellationRequested();
            EnsureHubAlive();
            if (deadline.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    /// <summary>
    /// Waits until the CAF listing saga has handled one line per routed CDP (lines in listings the CAF received plus lines
    /// still gathered); returns whether it did, when its row last changed (as a Stopwatch timestamp) and the lines handled.
    /// </summary>
    private async Task<(bool Done, long At, long Handled)> WaitForListingAsync(long expected, TimeSpan timeout, bool quiet = false)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Stopping.ThrowIfCancellationRequested();
            var listing = await _probe.ListingAsync();
            _listing = listing;
            var handled = _observer.ListedHouseholds + (listing?.PendingLines ?? 0);
            var at = listing is null ? Stopwatch.GetTimestamp() : ToTimestamp(listing.UpdatedAt);
            if (handled >= expected)
            {
                return (true, at, handled);
            }

            if (deadline.Elapsed > timeout)
            {
                if (!quiet)
                {
                    Progress.Warn($"{_store}: the CAF listing saga handled {handled:N0} of {expected:N0} lines within {timeout}");
                }

                return (false, Stopwatch.GetTimestamp(), handled);
            }

            await Task.Delay(200);
        }
    }

    private LatencyStats Latencies(long from, long to)
    {
        var values = new List<double>((int)(to - from));
        for (var seq = from; seq < to; seq++)
        {
            var published = _published.Get(seq);
            var arrived = _observer.Arrivals.Get(seq);
            if (published != 0 && arrived != 0)
            {
                values.Add((arrived - published) * 1000.0 / Stopwatch.Frequency);
            }
        }

        return LatencyStats.From(values);
    }

    private void EnsureHubAlive()
    {
        if (_hub is { HasExited: true })
        {
            throw new InvalidOperationException($"{_store}: the hub exited during {_phase}; see its log in {_options.WorkDirectory}.");
        }
    }


    private void Sample()
    {
        if (_hub is null || Interlocked.Exchange(ref _sampling, 1) == 1)
        {
            return;
        }

        try
        {
            var memory = _hub.Memory();
            var (busy, ioWait) = _cpu.Next();
            _storeBytes = _probe.SizeAsync().GetAwaiter().GetResult();
            var routed = _observer.Routed;
            var held = _probe.DossiersAsync().GetAwaiter().GetResult();
            var now = Progress.Elapsed.TotalSeconds;
            var perSecond = now > _lastSampleAt ? (routed - _routedAtLastSample) / (now - _lastSampleAt) : 0;
            (_lastSampleAt, _routedAtLastSample) = (now, routed);
            var sample = new Sample(_store, _phase, _hub.Id, now, held, memory.Rss, memory.Peak, _storeBytes, busy, ioWait, perSecond);
            lock (_samples)
            {
                _samples.Add(sample);
            }

            if (++_tick % 3 == 0)
            {
                _listing = _probe.ListingAsync().GetAwaiter().GetResult() ?? _listing;
                var rate = (routed - _routedAtLastTick) / 3.0;
                _routedAtLastTick = routed;
                var listing = _listing is null ? "" : $", listing lines {_observer.ListedHouseholds + _listing.PendingLines:N0}";
                Progress.Line($"{_store} {_phase}: {routed:N0} routed ({rate:N0}/s), awaiting {_nextSeq - routed:N0}, {held:N0} dossiers stored{listing}, "
                    + $"letters {_observer.Letters:N0}, receipts {_observer.Receipts:N0}; hub {Mib(memory.Rss)} (peak {Mib(memory.Peak)}), "
                    + $"store {Mib(_storeBytes)}; machine busy {busy:P0}");
            }
        }
#pragma warning disable CA1031 // A failed reading must not stop the run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Progress.Warn($"sample failed: {exception.Message}");
        }
        finally
        {
            Interlocked.Exchange(ref _sampling, 0);
        }
    }

    private long ToTimestamp(DateTimeOffset wall) =>
        _clockAtStart + (long)((wall - _wallAtStart).TotalSeconds * Stopwatch.Frequency);

    private static double Seconds(long from, long to) => Math.Max(1e-6, (to - from) / (double)Stopwatch.Frequency);

    public static string Mib(long bytes) => $"{bytes / 1048576.0:N0} MiB";
}
