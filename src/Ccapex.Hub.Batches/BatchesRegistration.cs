using Ccapex.Hub.Batches.Csv;
using Ccapex.Hub.Batches.DropFolder;
using Ccapex.Hub.Batches.Submission;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ccapex.Hub.Batches;

public static class BatchesRegistration
{
    /// <summary>
    /// The CSV reader and the batch submitter, sending through <see cref="MassTransitCdpSubmitter"/> unless an
    /// <see cref="ICdpSubmitter"/> is already registered (tests register a fake one first). The bus is the host's.
    /// </summary>
    public static IServiceCollection AddCdpBatches(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CdpCsvOptions>();
        services.AddOptions<CdpSubmitterOptions>();
        services.TryAddSingleton<CdpCsvReader>();
        services.TryAddSingleton<ICdpSubmitter, MassTransitCdpSubmitter>();
        services.TryAddSingleton<CdpBatchSubmitter>();
        return services;
    }

    /// <summary>The drop-folder watcher as a hosted service; it is also resolvable, to scan on demand.</summary>
    public static IServiceCollection AddCdpDropFolder(this IServiceCollection services, Action<CdpDropFolderOptions> configure)
    {
        services.AddCdpBatches();
        services.AddOptions<CdpDropFolderOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Root), "The CDP drop folder needs a root folder.")
            .Validate(o => o.ScanInterval > TimeSpan.Zero && o.SettleTime >= TimeSpan.Zero, "The CDP drop folder's scan interval must be positive and its settle time not negative.")
            .ValidateOnStart();
        services.TryAddSingleton<CdpDropFolderWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<CdpDropFolderWatcher>());
        return services;
    }
}
