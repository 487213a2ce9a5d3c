using Ccapex.Hub.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Journal;

public static class JournalRegistration
{
    /// <summary>
    /// The journal's tables (always, so the audit reads a store whatever its settings), and, unless
    /// <see cref="JournalOptions.Enabled"/> is false, the outbox's recorder and the sealer. The routing registers its own
    /// writers (messages in) and reads the same options.
    /// </summary>
    public static IServiceCollection AddHubJournal(this IServiceCollection services, bool enabled, Action<JournalOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<JournalOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHubStoreSchema, JournalSchema>());
        services.TryAddSingleton<JournalKey>();
        if (enabled)
        {
            services.TryAddSingleton<IOutboxJournal, OutboxJournal>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, JournalSealerService>());
        }

        return services;
    }

    /// <summary>True when the journal records (the routing's writers check it).</summary>
    public static bool IsOn(this IOptions<JournalOptions> options) => options?.Value.Enabled ?? true;
}
