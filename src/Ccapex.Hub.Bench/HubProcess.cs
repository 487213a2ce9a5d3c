using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ccapex.Hub.Host;

namespace Ccapex.Hub.Bench;

/// <summary>Memory of a process from /proc: resident now and its peak (VmHWM), in bytes.</summary>
internal readonly record struct ProcessMemory(long Rss, long Peak);

/// <summary>
/// The hub host as a real child process (`dotnet Ccapex.Hub.Host.dll`), its output kept in a log file.
/// Started on its own virtual host and store; stopped with SIGTERM as a service manager would.
/// </summary>
internal sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly TaskCompletionSource<long> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _logGate = new();
    private ProcessMemory _last;
    private bool _closed;

    private HubProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;

    /// <summary>Stopwatch timestamp of the process start.</summary>
    public long StartedAt { get; private set; }

    public bool HasExited => _process.HasExited;

    public static HubProcess Start(string hostDll, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var start = HubHostCommand.StartInfo(hostDll, environment.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value)));
        var log = new StreamWriter(logPath, append: true, Encoding.UTF8);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var hub = new HubProcess(process, log);
        process.OutputDataReceived += (_, e) => hub.Append(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Append(e.Data);
        hub.StartedAt = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return hub;
    }

    /// <summary>Waits for the "Ccapex.Hub ready" line; returns its Stopwatch timestamp.</summary>
    public async Task<long> WaitUntilReadyAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_ready.Task, exited, Task.Delay(timeout));
        if (first == _ready.Task)
        {
            return await _ready.Task;
        }

        throw new InvalidOperationException(first == exited
            ? $"The hub exited with code {_process.ExitCode} before it was ready; see its log."
            : $"The hub was not ready within {timeout}; see its log.");
    }

    /// <summary>VmRSS and VmHWM of the child (the dotnet muxer runs the app in the same process); the last read once it exited.</summary>
    public ProcessMemory Memory()
    {
        try
        {
            long rss = 0, peak = 0;
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line) * 1024;
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    peak = Kilobytes(line) * 1024;
                }
            }

            if (peak > 0)
            {
                _last = new ProcessMemory(rss, peak);
            }
        }
        catch (IOException)
        {
            // Gone: keep the last reading.
        }

        return _last;
    }

    /// <summary>CPU time the child used so far (user + system), from /proc/pid/stat.</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / ProcessCpu.TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>SIGTERM, then waits for the exit; the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            Memory();
            await HubHostCommand.TerminateAsync(_process);
            using var timer = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                Progress.Warn($"the hub did not stop within {timeout}; killing it");
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        return _process.ExitCode;
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("Ccapex.Hub ready", StringComparison.Ordinal))
        {
            _ready.TrySetResult(Stopwatch.GetTimestamp());
        }

        lock (_logGate)
        {
            if (!_closed)
            {
                _log.WriteLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(60));
        _process.Dispose();
        lock (_logGate)
        {
            _closed = true;
            _log.Dispose();
        }
    }
}
