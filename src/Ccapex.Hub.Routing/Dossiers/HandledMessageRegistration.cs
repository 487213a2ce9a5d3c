using Ccapex.Hub.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ccapex.Hub.Routing.Dossiers;

public static class HandledMessageRegistration
{
    /// <summary>The handled-message journal over the store: its table (created with the store) and its write with the dossier's row.</summary>
    public static IServiceCollection AddStoreHandledMessageJournal(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IHandledMessageJournal, HandledMessageJournal>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHubStoreSchema, HandledMessageSchema>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISagaWriteParticipant<Dossier>, HandledMessageFiling>());
        return services;
    }
}
