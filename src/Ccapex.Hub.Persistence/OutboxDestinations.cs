namespace Ccapex.Hub.Persistence;

/// <summary>
/// The closed set of addresses the outbox sends to: a queue (<c>queue:NAME</c>, or a <c>rabbitmq://</c> address whose
/// last segment is the queue) that the host knows, with no query parameter but MassTransit's own temporary-queue flags.
/// Anything else (an exchange, <c>bind=</c>, <c>queue=</c>, another scheme) would make the relay declare or bind on
/// someone's behalf, so it is refused when the row is written, and again by the relay for a row written before.
/// </summary>
public sealed class OutboxDestinations
{
    /// <summary>The stable code of a refused destination.</summary>
    public const string RefusedCode = "outbox.destination_refused";

    /// <summary>What MassTransit adds to a temporary queue's address; anything else (bind, queue, exchange...) declares or binds.</summary>
    public static IReadOnlySet<string> TemporaryQueueFlags { get; } = new HashSet<string>(["temporary", "durable", "autodelete", "exclusive"], StringComparer.OrdinalIgnoreCase);

    private readonly Func<string, bool> _knownQueue;

    /// <param name="knownQueue">True for a queue name the hub sends to (its own queues, its partners' queues).</param>
    public OutboxDestinations(Func<string, bool> knownQueue)
    {
        ArgumentNullException.ThrowIfNull(knownQueue);
        _knownQueue = knownQueue;
    }

    /// <summary>Any queue name, under the address rules: the store's rule when the host names no queues.</summary>
    public static OutboxDestinations AnyQueue { get; } = new(_ => true);

    /// <summary>Throws <see cref="OutboxDestinationRefusedException"/> unless the destination is allowed.</summary>
    public void Check(string destination)
    {
        if (Refusal(destination) is { } reason)
        {
            throw new OutboxDestinationRefusedException(reason);
        }
    }

    /// <summary>Why the destination is refused (names and parameter names only, never values), or null.</summary>
    public string? Refusal(string destination)
    {
        if (!Uri.TryCreate(destination, UriKind.Absolute, out var uri))
        {
            return "the destination is not an absolute address";
        }

        string queue;
        switch (uri.Scheme)
        {
            case "queue":
                queue = uri.AbsolutePath;
                break;
            case "rabbitmq" or "rabbitmqs":
                queue = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
                break;
            default:
                return $"scheme '{Shown(uri.Scheme)}' is not a queue address";
        }

        foreach (var parameter in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(parameter.Split('=', 2)[0]);
            if (!TemporaryQueueFlags.Contains(name))
            {
                return $"query parameter '{Shown(name)}' is not allowed (only {string.Join(", ", TemporaryQueueFlags)})";
            }
        }

        var unescaped = Uri.UnescapeDataString(queue);
        return _knownQueue(unescaped) ? null : $"queue '{Shown(unescaped)}' is not one the hub sends to";
    }

    // What a log may show of a name a partner could have chosen: short, and only the characters of broker names.
    private static string Shown(string text)
    {
        var kept = new string([.. text.Take(80).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '?')]);
        return text.Length > 80 ? kept + "…" : kept;
    }
}
