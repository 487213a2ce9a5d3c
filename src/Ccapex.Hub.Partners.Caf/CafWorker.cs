using Ccapex.Hub.Contracts;
using Ccapex.Hub.Partners;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>The CAF worker as its process runs it; tests host the same builder with their own settings.</summary>
public static class CafWorker
{
    public static HostApplicationBuilder Create(string[] args) =>
        PartnerWorkerBuilder.Create(args, PartnerCode.Caf, builder => builder.AddCafAdapters(), bus => bus.AddCafConsumers());
}
