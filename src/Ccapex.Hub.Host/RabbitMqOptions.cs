using System.Diagnostics.CodeAnalysis;

namespace Ccapex.Hub.Host;

/// <summary>The broker connection, section "Hub:RabbitMq".</summary>
public sealed class RabbitMqOptions
{
    /// <summary>amqp:// or amqps:// URI with credentials and virtual host, e.g. amqp://guest:guest@127.0.0.1:5672/.</summary>
    [SuppressMessage("Design", "CA1056:URI-like properties should not be strings", Justification = "Bound from configuration as text so that a malformed value gets the validator's message, not a binder exception.")]
    public string? Uri { get; set; }

    /// <summary>How many unacknowledged messages each intake endpoint holds at once.</summary>
    public ushort PrefetchCount { get; set; } = 32;

    /// <summary>Parses <see cref="Uri"/>; call only after the options have been validated.</summary>
    public Uri GetUri() => new(Uri ?? throw new InvalidOperationException("Hub:RabbitMq:Uri is not set."), UriKind.Absolute);
}
