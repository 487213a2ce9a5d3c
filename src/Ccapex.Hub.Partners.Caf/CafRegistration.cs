using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Caf;

public static class CafRegistration
{
    /// <summary>The "Caf" settings (validated at start), the criteria, and the extract file as the allocataires registry.</summary>
    public static IHostApplicationBuilder AddCafAdapters(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<CafOptions>, CafOptionsValidator>();
        builder.Services.AddOptions<CafOptions>().Bind(builder.Configuration.GetSection(CafOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<CriticalCaseCriteria>();
        builder.Services.AddSingleton<FileAllocataireRegistry>();
        builder.Services.AddSingleton<IAllocataireRegistry>(s => s.GetRequiredService<FileAllocataireRegistry>());
        builder.Services.AddHostedService(s => s.GetRequiredService<FileAllocataireRegistry>());
        return builder;
    }

    /// <summary>The listing batch consumer, sized by "Caf:Batch".</summary>
    public static IBusRegistrationConfigurator AddCafConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.AddConsumer<CafListingConsumer>((context, consumer) =>
        {
            var batch = context.GetRequiredService<IOptions<CafOptions>>().Value.Batch;
            consumer.Options<BatchOptions>(o => o
                .SetMessageLimit(batch.MessageLimit)
                .SetTimeLimit(batch.TimeLimit)
                .SetConcurrencyLimit(batch.ConcurrencyLimit));
        });
        return bus;
    }
}
