using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ccapex.Hub.Routing.Intake;

public static class DossierKeyRegistration
{
    /// <summary>The dossier directory over the store: its key table (created with the store) and its write with the dossier's row.</summary>
    public static IServiceCollection AddStoreDossierDirectory(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<DossierKeyTable>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHubStoreSchema, DossierKeySchema>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISagaWriteParticipant<Dossier>, DossierKeyFiling>());
        services.TryAddSingleton<IDossierDirectory, StoreDossierDirectory>();
        return services;
    }
}
