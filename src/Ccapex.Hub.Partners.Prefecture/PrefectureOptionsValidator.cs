using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>Checks <see cref="PrefectureOptions"/> at start; each failure names the setting.</summary>
public sealed class PrefectureOptionsValidator : IValidateOptions<PrefectureOptions>
{
    public ValidateOptionsResult Validate(string? name, PrefectureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.EventsFolder))
        {
            failures.Add("Prefecture:EventsFolder is not set: give the folder the Préfecture's system drops event files in, e.g. /var/lib/prefecture/events.");
        }

        if (options.ScanInterval < TimeSpan.FromMilliseconds(50) || options.ScanInterval > TimeSpan.FromHours(1))
        {
            failures.Add($"Prefecture:ScanInterval must be 00:00:00.05 to 01:00:00; got {options.ScanInterval:c}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
