using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Ccapex.Hub.Host;

/// <summary>
/// How to run this host as a child process and stop it as a service manager would. Compiled into the
/// programs that launch the host (the benchmark, the test fixtures) by a linked source file, so they start
/// it the same way without referencing the host's assembly and its dependencies.
/// </summary>
internal static class HubHostCommand
{
    /// <summary>
    /// <c>dotnet &lt;hostDll&gt;</c> from the host's folder, output captured as UTF-8; each variable of
    /// <paramref name="environment"/> is added to this process's environment (null removes it).
    /// </summary>
    public static ProcessStartInfo StartInfo(string hostDll, IEnumerable<KeyValuePair<string, string?>> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!File.Exists(hostDll))
        {
            throw new FileNotFoundException($"The hub host is not built at {hostDll}.", hostDll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { hostDll },
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>SIGTERM, the graceful stop (.NET's Process has only SIGKILL); returns once it is sent.</summary>
    public static async Task TerminateAsync(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        await kill.WaitForExitAsync().ConfigureAwait(false);
    }
}
