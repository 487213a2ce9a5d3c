using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>
/// A search is posted, kept here under a random token for its author, and shown at /dossiers/search?t=TOKEN: the
/// name typed never reaches a URL (history, proxies, access logs), yet the results page can be reloaded and linked
/// back to. Tokens live in this process for half an hour after their last use and are good for their author only.
/// </summary>
public sealed class SearchTokens(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Keep(Guid userId, string query)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        cache.Set(Key(token), (userId, query), new MemoryCacheEntryOptions { SlidingExpiration = Lifetime, Size = 1 });
        return token;
    }

    public string? Find(Guid userId, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length != 32 || !token.All(Uri.IsHexDigit))
        {
            return null;
        }

        return cache.TryGetValue(Key(token), out (Guid User, string Query) kept) && kept.User == userId ? kept.Query : null;
    }

    private static string Key(string token) => "search:" + token;
}
