using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Routing.Intake;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Host;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit over RabbitMQ: the contract JSON rules on every serializer, "ccapex." names for
    /// every queue and exchange, the intake endpoints, the dossier and listing sagas on the hub store, and a stop that lets the
    /// messages in hand finish.
    /// </summary>
    public static IHostApplicationBuilder AddHubMessaging(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBusObserver<ReadyReporter>();

        // A partner's body that cannot be read fails before any consumer; this answers it with its code (issue 10).
        builder.Services.AddReceiveObserver<UnreadableMessageObserver>();
        builder.Services.AddOptions<MassTransitHostOptions>()
            .Configure<IOptions<HubOptions>>((host, hub) =>
            {
                // Within the host's shutdown timeout: consumers get most of it, the bus the rest.
                host.StopTimeout = hub.Value.ShutdownTimeout;
                host.ConsumerStopTimeout = hub.Value.ShutdownTimeout * 0.75;
            });

        builder.Services.AddMassTransit(x =>
        {
            x.AddHubRoutingEndpoints(
                dossier => dossier.Repository(r => r.UseHubStore("dossier", o => o.CurrentState = d => d.CurrentState)),
                listing => listing.Repository(r => r.UseHubStore("caf_listing", o => o.CurrentState = l => l.CurrentState)));
            x.AddConfigureEndpointsCallback((_, name, endpoint) => endpoint.ConfigureHubEndpoint(name));
            x.UsingRabbitMq((context, cfg) =>
            {
                var options = context.GetRequiredService<IOptions<HubOptions>>().Value;
                var broker = options.RabbitMq.GetUri();
                cfg.Host(broker, host =>
                {
                    // MassTransit turns TLS on for port 5671 only; amqps on another port means TLS too.
                    if (broker.Scheme == "amqps")
                    {
                        host.UseSsl();
                    }
                });
                cfg.PrefetchCount = options.RabbitMq.PrefetchCount;
                cfg.ConfigureJsonSerializerOptions(ContractJson.Apply);
                cfg.MessageTopology.SetEntityNameFormatter(new HubEntityNameFormatter(cfg.MessageTopology.EntityNameFormatter));
                cfg.OverrideDefaultBusEndpointQueueName(BrokerNames.BusEndpoint());

                // IPartnerMessage is a shape every message shares, not an event anyone subscribes to.
                cfg.Publish<IPartnerMessage>(p => p.Exclude = true);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
