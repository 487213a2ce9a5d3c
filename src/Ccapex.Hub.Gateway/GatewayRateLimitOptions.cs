namespace Ccapex.Hub.Gateway;

/// <summary>
/// Section Gateway:RateLimit: how many requests each partner (by its API key), and each remote address without a
/// known key, may send per window. Unauthenticated callers get the stricter limit: they are who floods an edge.
/// </summary>
public sealed class GatewayRateLimitOptions
{
    /// <summary>Requests per window for one partner, all its keys and routes together (a batch counts once).</summary>
    public int PartnerPermitLimit { get; set; } = 600;

    /// <summary>Requests per window for one remote address with no key or an unknown key; at most the partner limit.</summary>
    public int AnonymousPermitLimit { get; set; } = 30;

    /// <summary>The fixed window the limits count over: 1 second to 1 hour.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
