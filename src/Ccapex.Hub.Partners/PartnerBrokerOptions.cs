using System.Diagnostics.CodeAnalysis;

namespace Ccapex.Hub.Partners;

/// <summary>The broker connection, section "Hub:RabbitMq".</summary>
public sealed class PartnerBrokerOptions
{
    /// <summary>amqp:// or amqps:// URI with its virtual host; credentials in it, or in <see cref="Username"/> and <see cref="Password"/>.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Bound from configuration as text so that a malformed value gets the validator's message.")]
    public string? Uri { get; set; }

    /// <summary>The partner's broker user; when set, wins over the user in <see cref="Uri"/> (so the password can live in a secret store).</summary>
    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>How many unacknowledged deliveries the worker holds at once (raised to fit a batch when needed).</summary>
    public ushort PrefetchCount { get; set; } = 16;

    /// <summary>The URI with the credentials of <see cref="Username"/>/<see cref="Password"/> when given; call after validation.</summary>
    public Uri GetUri()
    {
        var uri = new UriBuilder(new Uri(Uri ?? throw new InvalidOperationException("Hub:RabbitMq:Uri is not set."), UriKind.Absolute));
        if (!string.IsNullOrEmpty(Username))
        {
            uri.UserName = System.Uri.EscapeDataString(Username);
            uri.Password = System.Uri.EscapeDataString(Password ?? string.Empty);
        }

        return uri.Uri;
    }
}
