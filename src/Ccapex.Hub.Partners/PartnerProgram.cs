using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners;

/// <summary>Runs a worker; a bad setting or an unusable input is reported in one line with exit code 2, never a stack trace.</summary>
public static class PartnerProgram
{
    private const string UnreadableSetting = "Failed to convert configuration value";

    public static async Task<int> RunAsync(string name, Func<IHost> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            using var host = build();
            await host.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (OptionsValidationException invalid)
        {
            await Console.Error.WriteLineAsync($"{name} cannot start: {string.Join(" ", invalid.Failures)}").ConfigureAwait(false);
            return 2;
        }
        catch (InvalidOperationException unreadable) when (unreadable.Message.StartsWith(UnreadableSetting, StringComparison.Ordinal))
        {
            // The binder's own message names the setting and the value: "Failed to convert configuration value 'abc' at 'Caf:Batch:MessageLimit' to type ...".
            await Console.Error.WriteLineAsync($"{name} cannot start: {unreadable.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (Time.DemoTimeException invalid)
        {
            await Console.Error.WriteLineAsync($"{name} cannot start: {invalid.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (PartnerStartException unusable)
        {
            await Console.Error.WriteLineAsync($"{name} cannot start: {unusable.Message}").ConfigureAwait(false);
            return 2;
        }
    }
}
