using System.Data.Common;
using System.Net;

namespace Ccapex.Hub.Charter;

/// <summary>
/// What a hub process refuses at start outside development (ADR 0006, "Later"): the broker's default account
/// (<c>guest</c>, or no user), plain <c>amqp://</c> or plain-HTTP management, and the project's default PostgreSQL
/// password (or none), each unless the host is this machine (loopback, or a Unix socket for PostgreSQL). RabbitMQ
/// itself admits guest from loopback only, so the rule costs development nothing and gives production, on
/// another host, a clear message instead of a broker refusal in a retry loop. Each method returns the problem as a
/// phrase to follow the setting's name, or null; never a secret.
/// </summary>
public static class DeploymentSafety
{
    /// <summary>The password ./hub db start, env.sh and docker-compose.yml gave PostgreSQL before: known to everyone.</summary>
    public const string DefaultPostgresPassword = "ccapex";

    /// <summary>The account a RabbitMQ broker is born with.</summary>
    public const string DefaultBrokerUser = "guest";

    /// <summary>
    /// A problem with a broker URI the process connects with: <paramref name="user"/> is the user it will use
    /// (null: the one in the URI).
    /// </summary>
    public static string? BrokerProblem(Uri broker, string? user = null)
    {
        ArgumentNullException.ThrowIfNull(broker);
        if (IsLoopback(broker.Host))
        {
            return null;
        }

        var name = user ?? Uri.UnescapeDataString(broker.UserInfo.Split(':')[0]);
        if (string.IsNullOrWhiteSpace(name) || string.Equals(name, DefaultBrokerUser, StringComparison.Ordinal))
        {
            return $"connects to {broker.Host} with {(string.IsNullOrWhiteSpace(name) ? "no user (RabbitMQ's default, guest)" : "the default account 'guest'")}, "
                + "which RabbitMQ admits from its own machine only: give the process its own user (./hub partners provision creates one per process)";
        }

        return broker.Scheme == "amqp"
            ? $"is plain amqp:// to {broker.Host}, another machine: passwords and households' data would cross the network in clear; use amqps://"
            : null;
    }

    /// <summary>A problem with a management API URI: plain http:// carries the administrator's password.</summary>
    public static string? ManagementProblem(Uri management)
    {
        ArgumentNullException.ThrowIfNull(management);
        return management.Scheme == Uri.UriSchemeHttp && !IsLoopback(management.Host)
            ? $"is plain http:// to {management.Host}, another machine: the administrator's password would cross the network in clear; use https://"
            : null;
    }

    /// <summary>A problem with a PostgreSQL connection string (Npgsql keywords): the default password, or none, to another machine.</summary>
    public static string? PostgresProblem(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return "is not a connection string of keyword=value pairs";
        }

        var hosts = (Value(builder, "Host", "Server") ?? "localhost").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (hosts.All(h => h.StartsWith('/') || IsLoopback(h.Split(':')[0])))
        {
            return null;
        }

        var password = Value(builder, "Password", "PWD");
        if (string.Equals(password, DefaultPostgresPassword, StringComparison.Ordinal))
        {
            return $"gives the project's default password to {string.Join(",", hosts)}, another machine: give the database role a password of its own";
        }

        return string.IsNullOrEmpty(password) && Value(builder, "Passfile") is null
            ? $"gives no password (nor Passfile) to {string.Join(",", hosts)}, another machine: give the database role a password of its own"
            : null;
    }

    /// <summary>localhost, 127.0.0.0/8 or ::1: only this machine's processes reach it.</summary>
    public static bool IsLoopback(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var bare = host.Trim('[', ']');
        return string.Equals(bare, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address));
    }

    private static string? Value(DbConnectionStringBuilder builder, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (builder.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }
}
