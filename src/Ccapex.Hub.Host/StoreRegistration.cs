using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Routing.Listings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

public static class StoreRegistration
{
    /// <summary>
    /// The hub store (SQLite under the data folder by default, PostgreSQL with CCAPEX_STORE=postgres and
    /// CCAPEX_POSTGRES), its schema created at start, the dossier directory and the handled-message journal over it, and the outbox relay.
    /// </summary>
    public static IHostApplicationBuilder AddHubStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubStore();
        builder.Services.AddOptions<HubStoreOptions>()
            .Bind(builder.Configuration.GetSection($"{HubOptions.Section}:Store"))
            .Configure<IOptions<HubOptions>>((store, hub) =>
            {
                if (!string.IsNullOrWhiteSpace(hub.Value.DataDirectory))
                {
                    store.DataDirectory = hub.Value.DataDirectory;
                    OwnerOnly.CreateDirectory(store.DataDirectory);
                }

                // CCAPEX_POSTGRES wins over appsettings, as every CCAPEX_* variable does, but only for a
                // PostgreSQL store: given to SQLite, it made the default store fail at start.
                if (store.Provider == StoreProvider.Postgres
                    && builder.Configuration[HubEnvironment.PostgresConnectionStringKey] is { Length: > 0 } postgres)
                {
                    store.ConnectionString = postgres;
                }
            });
        builder.Services.AddSingleton<IValidateOptions<HubStoreOptions>, HubStoreOptionsValidator>();
        builder.Services.AddOptions<HubStoreOptions>().ValidateOnStart();
        builder.Services.AddStoreDossierDirectory();
        builder.Services.AddStoreHandledMessageJournal();
        builder.Services.AddSingleton(provider => HubOutboxDestinations.For(provider.GetRequiredService<Charter.CharterRules>()));
        builder.Services.AddSingleton<ICafListingLines, StoreCafListingLines>();
        // Rows carry the envelope they send; the contracts' JSON and assemblies serve only rows written before that.
        builder.Services.AddHubOutboxRelay(relay =>
        {
            relay.MessageJson = ContractJson.Options;
            relay.MessageAssemblies.Add(typeof(ContractJson).Assembly);
            relay.MessageAssemblies.Add(typeof(Dossier).Assembly);
        });
        builder.Services.Configure<OutboxRelayOptions>(builder.Configuration.GetSection($"{HubOptions.Section}:Outbox"));
        return builder;
    }
}
