using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Host;

public static class ValidationRegistration
{
    /// <summary>One validator per flow, resolved by message type; the clock is injectable for tests.</summary>
    public static IHostApplicationBuilder AddHubValidation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IMessageValidator<SubmitCdpNotification>, SubmitCdpNotificationValidator>();
        builder.Services.AddSingleton<IMessageValidator<SubmitLandlordReferral>, SubmitLandlordReferralValidator>();
        return builder;
    }
}
