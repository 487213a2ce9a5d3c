using System.Diagnostics;
using System.Text;
using Ccapex.Hub.Host;

namespace Ccapex.Hub.Testing;

/// <summary>
/// The hub host run as a real child process (`dotnet Ccapex.Hub.Host.dll`), as in production: the
/// tests wait for its log lines, stop it with SIGTERM as a service manager would, or kill it to
/// test crashes. Its output is kept, and shown when a wait fails.
/// </summary>
public sealed class HubHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private HubHostProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Every line written so far to standard output and error, in arrival order.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public string Output => string.Join(Environment.NewLine, Lines);

    /// <summary>Starts the host; <paramref name="environment"/> is added to this process's environment (null removes a variable).</summary>
    public static HubHostProcess Start(string hostDll, IReadOnlyDictionary<string, string?> environment)
    {
        var start = HubHostCommand.StartInfo(hostDll, environment);

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HubHostProcess(process);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits for a line that matches; fails with the output so far if the process exits or time runs out first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTime.UtcNow + timeout;
        var seen = 0;
        while (true)
        {
            var lines = Lines;
            for (; seen < lines.Count; seen++)
            {
                if (match(lines[seen]))
                {
                    return lines[seen];
                }
            }

            if (_process.HasExited)
            {
                // Let the last lines of a dying process arrive before giving up on them.
                await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                if (Lines.Skip(seen).FirstOrDefault(match) is { } last)
                {
                    return last;
                }

                throw new InvalidOperationException($"The hub host exited with code {_process.ExitCode} before the expected line. Output:{Environment.NewLine}{Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The hub host did not write the expected line within {timeout}. Output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the "Ccapex.Hub ready" line the host writes once every endpoint consumes.</summary>
    public Task<string> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        WaitForLineAsync(line => line.Contains("Ccapex.Hub ready", StringComparison.Ordinal), timeout, cancellationToken);

    /// <summary>SIGTERM: the graceful stop a service manager asks for.</summary>
    public void Terminate()
    {
        if (_process.HasExited)
        {
            return;
        }

        HubHostCommand.TerminateAsync(_process).GetAwaiter().GetResult();
    }

    /// <summary>SIGKILL: a crash, nothing gets to finish.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var timer = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The hub host did not exit within {timeout}. Output:{Environment.NewLine}{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Terminate();
            try
            {
                await WaitForExitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                Kill();
            }
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
