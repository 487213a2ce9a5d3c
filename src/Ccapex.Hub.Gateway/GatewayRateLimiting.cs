using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// ASP.NET Core's rate limiter on every request, before the body is read: one fixed window per partner (the key is
/// looked up here, as <see cref="ApiKeyFilter"/> will), else one per remote address with the stricter limit. A refusal
/// is 429 with Retry-After and the code rate.limited. Behind a reverse proxy every anonymous caller has the proxy's
/// address: the proxy should limit them too.
/// </summary>
internal static class GatewayRateLimiting
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ApiKeyStore, IOptions<GatewayOptions>>((limiter, keys, options) =>
        {
            var limits = options.Value.RateLimit;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                keys.Find(http.Request.Headers[ApiKeyFilter.Header].ToString()) is { } partner
                    ? RateLimitPartition.GetFixedWindowLimiter("partner:" + partner.Value, _ => Window(limits.PartnerPermitLimit, limits.Window))
                    : RateLimitPartition.GetFixedWindowLimiter("address:" + http.Connection.RemoteIpAddress, _ => Window(limits.AnonymousPermitLimit, limits.Window)));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : limits.Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await GatewayProblems.RateLimited(seconds).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        return services;
    }

    // No queue: a request over the limit is answered at once, it does not wait holding a connection.
    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };
}
