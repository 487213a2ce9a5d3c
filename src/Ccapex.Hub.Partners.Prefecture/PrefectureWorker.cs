using Ccapex.Hub.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>The Préfecture worker as its process runs it; tests host the same builder with their own settings.</summary>
public static class PrefectureWorker
{
    public static HostApplicationBuilder Create(string[] args)
    {
        var builder = PartnerWorkerBuilder.Create(args, PartnerCode.PrefecturePolice, b => b.AddPrefectureAdapters(), _ => { });

        // After the bus: the pump sends as soon as it runs, so it starts once the bus has.
        builder.Services.AddHostedService<PrefectureEventPump>();
        return builder;
    }
}
