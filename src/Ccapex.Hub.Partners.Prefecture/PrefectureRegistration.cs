using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners.Prefecture;

public static class PrefectureRegistration
{
    /// <summary>The "Prefecture" settings (validated at start) and the events folder as the event source.</summary>
    public static IHostApplicationBuilder AddPrefectureAdapters(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<PrefectureOptions>, PrefectureOptionsValidator>();
        builder.Services.AddOptions<PrefectureOptions>().Bind(builder.Configuration.GetSection(PrefectureOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<EventFolderSource>();
        builder.Services.AddSingleton<IPrefectureEventSource>(s => s.GetRequiredService<EventFolderSource>());
        builder.Services.AddHostedService(s => s.GetRequiredService<EventFolderSource>());
        return builder;
    }
}
