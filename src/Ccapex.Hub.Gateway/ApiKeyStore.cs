using System.Security.Cryptography;
using System.Text;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// Finds the partner behind an API key by its SHA-256. Keys are long random strings (32 bytes or more), so an
/// unsalted hash is enough: there is no dictionary to try against them, unlike passwords. Every stored hash is
/// compared in constant time, and all of them every time, so timing says nothing about which one was close.
/// </summary>
public sealed class ApiKeyStore(IOptions<GatewayOptions> options)
{
    private readonly (PartnerCode Partner, byte[] Hash)[] _keys =
    [
        .. options.Value.ApiKeys.SelectMany(p => p.Value.Select(h => (PartnerCode.Parse(p.Key), Convert.FromHexString(h)))),
    ];

    /// <summary>The hex SHA-256 of a key, as configured in Gateway:ApiKeys (what `printf %s KEY | sha256sum` prints).</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    public PartnerCode? Find(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        PartnerCode? found = null;
        foreach (var (partner, hash) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                found = partner;
            }
        }

        return found;
    }
}
