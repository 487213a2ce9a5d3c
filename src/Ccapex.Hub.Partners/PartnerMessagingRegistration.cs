using Ccapex.Hub.Charter;
using System.Runtime.Serialization;
using System.Text.Json;
using Ccapex.Hub.Contracts;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners;

public static class PartnerMessagingRegistration
{
    /// <summary>Transient faults (broker, the partner's own system) are retried; an unreadable message never is.</summary>
    public static readonly TimeSpan[] RetryIntervals = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>
    /// MassTransit over RabbitMQ reading the partner's queue with the contract JSON rules: the follow-up answer,
    /// the hub's receipts and the deliveries kept for staff, plus <paramref name="consumers"/>. The queue is the
    /// hub's: no message-type exchange is bound to it, so it only gets what the hub sends it.
    /// </summary>
    public static IHostApplicationBuilder AddPartnerMessaging(this IHostApplicationBuilder builder, PartnerIdentity partner, Action<IBusRegistrationConfigurator> consumers)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(consumers);
        builder.Services.AddSingleton(partner);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<IFollowUpStatusSource, NoFollowUpStatus>();
        builder.Services.AddSingleton<IHubSender, HubSender>();
        builder.Services.AddBusObserver<PartnerReadyReporter>();
        builder.Services.AddOptions<MassTransitHostOptions>()
            .Configure<IOptions<PartnerOptions>>((host, options) =>
            {
                // Start fails loudly instead of a worker that runs without its queue; a stop finishes what is in hand.
                host.WaitUntilStarted = true;
                host.StopTimeout = options.Value.ShutdownTimeout;
                host.ConsumerStopTimeout = options.Value.ShutdownTimeout * 0.75;
            });

        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<SixMonthFollowUpConsumer>();
            x.AddConsumer<HubReceiptConsumer>();
            x.AddConsumer<KeptDeliveryConsumer<ReviewDaloRehousingBlockers>>();
            x.AddConsumer<KeptDeliveryConsumer<RemindOverdueAnswer>>();
            x.AddConsumer<KeptDeliveryConsumer<CcapexExaminationConcluded>>();
            consumers(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                var options = context.GetRequiredService<IOptions<PartnerOptions>>().Value;
                var broker = options.RabbitMq.GetUri();
                cfg.Host(broker, host =>
                {
                    if (broker.Scheme == "amqps")
                    {
                        host.UseSsl();
                    }
                });
                cfg.ConfigureJsonSerializerOptions(ContractJson.Apply);

                // Under the partner's names, so a broker user limited to ccapex.<partner>.* may create it.
                cfg.OverrideDefaultBusEndpointQueueName(BrokerNames.BusEndpoint(partner.Slug));
                cfg.ReceiveEndpoint(partner.Queue, endpoint =>
                {
                    endpoint.ConfigureConsumeTopology = false;
                    endpoint.PrefetchCount = options.RabbitMq.PrefetchCount;
                    endpoint.UseMessageRetry(r =>
                    {
                        r.Ignore<JsonException>();
                        r.Ignore<SerializationException>();
                        r.Intervals(RetryIntervals);
                    });
                    endpoint.ConfigureConsumers(context);
                });
            });
        });
        return builder;
    }
}
