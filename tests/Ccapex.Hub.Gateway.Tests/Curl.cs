using System.Diagnostics;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>Runs the machine's curl, as a partner without .NET would call the gateway.</summary>
internal static class Curl
{
    /// <returns>The HTTP status and the body curl printed.</returns>
    public static async Task<(int Status, string Body)> PostFileAsync(Uri url, string key, string file, string contentType)
    {
        var start = new ProcessStartInfo("curl")
        {
            ArgumentList =
            {
                "--silent", "--show-error", "--max-time", "60",
                "--header", $"X-Api-Key: {key}",
                "--header", $"Content-Type: {contentType}",
                "--data-binary", $"@{file}",
                "--write-out", "\n%{http_code}",
                url.ToString(),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var curl = Process.Start(start)!;
        var output = await curl.StandardOutput.ReadToEndAsync();
        var error = await curl.StandardError.ReadToEndAsync();
        await curl.WaitForExitAsync();
        Assert.That(curl.ExitCode, Is.Zero, error);
        var split = output.LastIndexOf('\n');
        return (int.Parse(output[(split + 1)..], System.Globalization.CultureInfo.InvariantCulture), output[..split]);
    }
}
