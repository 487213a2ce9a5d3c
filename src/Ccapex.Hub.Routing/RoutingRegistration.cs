using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Routing.Intake;
using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Validation;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Routing;

public static class RoutingRegistration
{
    /// <summary>The charter rules (validated now: a bad rules file stops the start), the workflow and its options.</summary>
    public static IServiceCollection AddHubRouting(this IServiceCollection services, Func<CharterRules>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(rules?.Invoke() ?? CharterRulesLoader.LoadEmbedded());
        services.AddOptions<RoutingOptions>().ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton<DossierWorkflow>();
        services.AddSingleton<CafListingBook>();
        services.AddSingleton(typeof(DossierEntry<>));
        services.TryAddSingleton<Audit.IIntakeRefusals, Audit.DirectIntakeRefusals>();
        services.TryAddSingleton<IMessageValidator<SubmitCdpNotification>, SubmitCdpNotificationValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageValidator<SubmitLandlordReferral>, SubmitLandlordReferralValidator>());

        // Every text field of every message, on every edge: forbidden characters and lengths (issue 10, items 7, 9).
        services.AddSingleton(typeof(IMessageValidator<>), typeof(ContractTextValidator<>));
        return services;
    }

    /// <summary>
    /// One intake queue per inbound message type, the dossier saga on its queue, and the CAF listing on its own:
    /// its lines consumer (in batches) and its state machine (the period's end). The caller chooses the saga
    /// repository (the store's, or the harness's in memory); the lines consumer writes through the listing's.
    /// </summary>
    public static void AddHubRoutingEndpoints(
        this IBusRegistrationConfigurator bus,
        Action<ISagaRegistrationConfigurator<Dossier>>? dossierRepository = null,
        Action<ISagaRegistrationConfigurator<CafListing>>? listingRepository = null)
    {
        ArgumentNullException.ThrowIfNull(bus);
        foreach (var type in InboundMessages.All)
        {
            bus.AddConsumer(typeof(PartnerMessageIntake<>).MakeGenericType(type))
                .Endpoint(e => e.Name = BrokerNames.IntakeQueue(type));
        }

        var dossier = bus.AddSagaStateMachine<DossierStateMachine, Dossier>()
            .Endpoint(e =>
            {
                e.Name = BrokerNames.DossierQueue;

                // The intake applies partners' messages to their dossiers itself; this queue carries the hub's
                // timeouts (and what an earlier version forwarded). A partner's publish must never reach a
                // dossier without passing the intake's checks, so no message-type exchange is bound here.
                e.ConfigureConsumeTopology = false;
            });
        dossierRepository?.Invoke(dossier);

        // One listing instance on one queue: its lines in batches, one batch at a time, and its period's end.
        var listing = bus.AddSagaStateMachine<CafListingStateMachine, CafListing>()
            .Endpoint(e =>
            {
                e.Name = BrokerNames.CafListingQueue;
                e.ConfigureConsumeTopology = false;
            });
        listingRepository?.Invoke(listing);
        bus.AddConsumer<CafListingLinesConsumer>((context, consumer) =>
        {
            var options = context.GetRequiredService<IOptions<RoutingOptions>>().Value;
            consumer.Options<BatchOptions>(o => o
                .SetMessageLimit(options.CafListingBatchSize)
                .SetTimeLimit(options.CafListingBatchWait)
                .SetConcurrencyLimit(1));
        }).Endpoint(e =>
        {
            e.Name = BrokerNames.CafListingQueue;
            e.ConfigureConsumeTopology = false;
        });

        // A batch holds its messages unacknowledged until it is written: the queue must deliver a whole batch.
        bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
        {
            if (name == BrokerNames.CafListingQueue)
            {
                var size = context.GetRequiredService<IOptions<RoutingOptions>>().Value.CafListingBatchSize;
                endpoint.ConcurrentMessageLimit = size;
                endpoint.PrefetchCount = size;
            }
        });
    }
}
