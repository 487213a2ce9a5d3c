using System.Diagnostics;
using System.Reflection;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>The worker as a process of its own (its Debug/Release dll from its output folder), for exit codes and kills.</summary>
internal static class WorkerProcess
{
    public static string Dll { get; } =
        typeof(WorkerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WebhooksDll").Value!;

    public static Process Start(IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
        };
        start.ArgumentList.Add(Dll);
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"dotnet {Dll} did not start.");
    }
}
