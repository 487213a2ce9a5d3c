using Microsoft.Extensions.Logging;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>The CAF worker's log events: ids and counts, never a name or an allocataire number.</summary>
internal static partial class CafLog
{
    [LoggerMessage(3100, LogLevel.Information, "Allocataires extract {Path} loaded: {Count} allocataire(s)")]
    public static partial void ExtractLoaded(this ILogger logger, string path, int count);

    [LoggerMessage(3101, LogLevel.Error, "Allocataires extract {Path} refused, {Count} error(s): {Errors}. Last good extract kept: {KeptPrevious}")]
    public static partial void ExtractRefused(this ILogger logger, string path, int count, string errors, bool keptPrevious);

    [LoggerMessage(3102, LogLevel.Error, "Allocataires extract {Path} has disappeared. Last good extract kept: {KeptPrevious}")]
    public static partial void ExtractMissing(this ILogger logger, string path, bool keptPrevious);

    [LoggerMessage(3110, LogLevel.Information, "Batch of {Listings} listing(s) checked: {Households} household(s) answered, {Critical} critical, {Unknown} unknown to the CAF")]
    public static partial void BatchChecked(this ILogger logger, int listings, int households, int critical, int unknown);
}
