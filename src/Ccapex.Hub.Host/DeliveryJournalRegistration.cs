using Ccapex.Hub.Journal;
using Ccapex.Hub.Routing.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Host;

public static class DeliveryJournalRegistration
{
    /// <summary>
    /// The delivery journal (ADR 0015), on by default: <c>Hub:Journal:Enabled=false</c> turns it off (the bench measures
    /// its cost that way). Its key file is <c>Hub:Journal:SigningKeyFile</c>, by default beside the data folder.
    /// </summary>
    public static IHostApplicationBuilder AddHubDeliveryJournal(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(JournalOptions.Section);
        var enabled = section.GetValue(nameof(JournalOptions.Enabled), true);
        builder.Services.AddHubJournal(enabled);
        builder.Services.Configure<JournalOptions>(section);
        builder.Services.AddStoreDeliveryJournal(enabled);
        return builder;
    }
}
