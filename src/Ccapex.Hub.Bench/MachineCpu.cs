using System.Globalization;

namespace Ccapex.Hub.Bench;

/// <summary>The whole machine's CPU between two readings of /proc/stat: busy and I/O-wait shares of all cores.</summary>
internal sealed class MachineCpu
{
    private long[] _last = Read();

    /// <summary>Busy and iowait fractions (0 to 1) since the previous call.</summary>
    public (double Busy, double IoWait) Next()
    {
        var now = Read();
        var delta = now.Zip(_last, (a, b) => a - b).ToArray();
        _last = now;
        var total = (double)delta.Sum();
        if (total <= 0 || delta.Length < 5)
        {
            return (0, 0);
        }

        // user nice system idle iowait irq softirq steal ...
        var idle = delta[3] + delta[4];
        return ((total - idle) / total, delta[4] / total);
    }

    private static long[] Read()
    {
        try
        {
            var line = File.ReadLines("/proc/stat").First();
            return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture))];
        }
        catch (IOException)
        {
            return new long[8];
        }
    }
}
