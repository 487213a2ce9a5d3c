using Ccapex.Hub.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

public static partial class ClockRegistration
{
    /// <summary>
    /// The real clock, or in demonstration mode (Hub:Demo:TimeScale, CCAPEX_DEMO_TIME_SCALE) a clock whose dates
    /// run that many times faster, so that a six-month follow-up comes within a minute. A bad value stops the
    /// start like any bad setting.
    /// </summary>
    public static IHostApplicationBuilder AddHubClock(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var clock = DemoTime.From(builder.Configuration[HubEnvironment.DemoTimeScaleKey], builder.Configuration[HubEnvironment.DemoEpochKey], DateTimeOffset.UtcNow, out var error)
            ?? throw new OptionsValidationException(HubOptions.Section, typeof(HubOptions), [$"{HubEnvironment.DemoTimeScaleKey} / {HubEnvironment.DemoEpochKey}: {error}"]);
        builder.Services.AddSingleton(clock);
        if (clock is ScaledTimeProvider scaled)
        {
            builder.Services.AddHostedService(sp => new DemoClockNotice(scaled, sp.GetRequiredService<ILogger<DemoClockNotice>>()));
        }

        return builder;
    }
}
