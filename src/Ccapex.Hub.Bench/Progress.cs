using System.Diagnostics;

namespace Ccapex.Hub.Bench;

/// <summary>Progress lines on standard output, each stamped with the time since the run began.</summary>
internal static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly object Gate = new();

    public static TimeSpan Elapsed => Clock.Elapsed;

    public static void Line(string text)
    {
        lock (Gate)
        {
            Console.Out.WriteLine($"[bench {Clock.Elapsed:mm\\:ss}] {text}");
        }
    }

    public static void Warn(string text) => Line("warning: " + text);

    /// <summary>Plain output (tables, the summary), without the stamp.</summary>
    public static void Plain(string text)
    {
        lock (Gate)
        {
            Console.Out.WriteLine(text);
        }
    }
}
