using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>Checks <see cref="CafOptions"/> at start; each failure names the setting.</summary>
public sealed class CafOptionsValidator : IValidateOptions<CafOptions>
{
    public ValidateOptionsResult Validate(string? name, CafOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ExtractFile))
        {
            failures.Add("Caf:ExtractFile is not set: give the path of the allocataires extract, e.g. /var/lib/caf/allocataires.csv.");
        }

        if (options.Batch.MessageLimit is < 1 or > 1000)
        {
            failures.Add($"Caf:Batch:MessageLimit must be 1 to 1000 listings; got {options.Batch.MessageLimit}.");
        }

        if (options.Batch.TimeLimit <= TimeSpan.Zero || options.Batch.TimeLimit > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Caf:Batch:TimeLimit must be more than zero and at most 00:10:00; got {options.Batch.TimeLimit:c}.");
        }

        if (options.Batch.ConcurrencyLimit is < 1 or > 64)
        {
            failures.Add($"Caf:Batch:ConcurrencyLimit must be 1 to 64; got {options.Batch.ConcurrencyLimit}.");
        }

        var critical = options.Critical;
        foreach (var (setting, value) in new[]
        {
            ("Caf:Critical:ArrearsAbove", critical.ArrearsAbove),
            ("Caf:Critical:ArrearsMonthsAbove", critical.ArrearsMonthsAbove),
            ("Caf:Critical:ChildrenWithArrearsMonthsAbove", critical.ChildrenWithArrearsMonthsAbove),
        })
        {
            if (value < 0)
            {
                failures.Add($"{setting} must be zero or more (or empty to turn it off); got {value}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
