using System.Globalization;

namespace Ccapex.Hub.Bench;

/// <summary>
/// CPU time (user + system, from /proc/pid/stat) of a set of processes between two readings: the broker, the
/// database or the bench itself. Summed per process, so that backends that start between two readings count from
/// zero; a process that exits between two readings takes its last ticks with it.
/// </summary>
internal sealed class ProcessCpu
{
    /// <summary>USER_HZ, sysconf(_SC_CLK_TCK): 100 on every Linux the bench runs on; /proc counts CPU time in these ticks.</summary>
    public const double TicksPerSecond = 100;

    private readonly Func<int, string, bool> _selects;
    private Dictionary<(int Pid, long StartTicks), long> _last;

    private ProcessCpu(Func<int, string, bool> selects)
    {
        _selects = selects;
        _last = Read();
    }

    /// <summary>Processes seen at the latest reading: 0 when the service does not run on this machine.</summary>
    public int Processes => _last.Count;

    /// <summary>RabbitMQ: the Erlang VM (nearly all of it) and its helpers.</summary>
    public static ProcessCpu Broker() => Named("beam.smp", "erl_child_setup", "epmd", "inet_gethost");

    /// <summary>PostgreSQL: the postmaster, every backend and the background writers.</summary>
    public static ProcessCpu Database() => Named("postgres");

    /// <summary>This process: the publisher and the partners' consumers.</summary>
    public static ProcessCpu Bench()
    {
        var self = Environment.ProcessId;
        return new ProcessCpu((pid, _) => pid == self);
    }

    /// <summary>CPU time the processes used since the previous reading.</summary>
    public TimeSpan Next()
    {
        var now = Read();
        long ticks = 0;
        foreach (var (process, total) in now)
        {
            ticks += total - _last.GetValueOrDefault(process);
        }

        _last = now;
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    private static ProcessCpu Named(params string[] names) => new((_, comm) => names.Contains(comm, StringComparer.Ordinal));

    /// <summary>utime + stime per process, keyed by pid and start time so that a reused pid is a new process.</summary>
    private Dictionary<(int Pid, long StartTicks), long> Read()
    {
        var ticks = new Dictionary<(int Pid, long StartTicks), long>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                // Exited since the listing (FileNotFound and DirectoryNotFound are IOExceptions too).
                continue;
            }

            // "pid (comm) state ...": comm is what /proc/pid/comm holds, and may itself contain spaces or parentheses.
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open || !_selects(pid, stat[(open + 1)..close]))
            {
                continue;
            }

            var fields = stat[(close + 2)..].Split(' ');
            var start = long.Parse(fields[19], CultureInfo.InvariantCulture);
            ticks[(pid, start)] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }

        return ticks;
    }
}
