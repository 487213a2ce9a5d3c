using Ccapex.Hub.Journal;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing.Dossiers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ccapex.Hub.Routing.Audit;

public static class DeliveryJournalRegistration
{
    /// <summary>
    /// The routing's side of the delivery journal on the hub store: intake refusals through the outbox with their row,
    /// and, when the journal is on, each dossier write's arrival row in the write's transaction.
    /// </summary>
    public static IServiceCollection AddStoreDeliveryJournal(this IServiceCollection services, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IIntakeRefusals, StoreIntakeRefusals>();
        if (enabled)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISagaWriteParticipant<Dossier>, DossierArrivalFiling>());
        }

        return services;
    }
}
