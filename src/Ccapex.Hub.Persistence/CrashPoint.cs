using System.Globalization;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// Places where a test may kill the hub on the spot, to prove that a crash there loses nothing and
/// duplicates nothing. Armed only by the environment variable <see cref="Variable"/> =
/// <c>point</c> (die the first time) or <c>point:N</c> (the Nth time); unset, a reach is one
/// comparison with null. The process ends with <see cref="Environment.FailFast(string)"/>: no
/// finally block, no dispose, no ack, no flush, as after a power cut.
/// </summary>
/// <remarks>
/// Points: <see cref="SagaCommitted"/> (a saga's row and outbox rows are committed; MassTransit has
/// not acked the message and the relay has not sent the rows), which may be scoped to one saga table,
/// as <c>saga-committed@caf_listing</c>; <see cref="RelaySent"/> (the broker confirmed an outbox send;
/// no row of its batch, all in flight together, is marked sent yet).
/// </remarks>
public static class CrashPoint
{
    public const string Variable = "CCAPEX_CRASH_AT";

    public const string SagaCommitted = "saga-committed";

    public const string RelaySent = "relay-sent";

    // Read once: the variable is a start-up setting, and an unarmed reach must cost nothing.
    private static readonly Target? Armed = Parse(Environment.GetEnvironmentVariable(Variable));
    private static int _reached;

    /// <summary>
    /// What is armed ("saga-committed:3"), or null. Read at start by the store initializer, so that a
    /// malformed value fails the start and an armed hub says so in its log.
    /// </summary>
    public static string? Description =>
        Armed is { } target ? $"{target.Point}:{target.Times.ToString(CultureInfo.InvariantCulture)}" : null;

    /// <summary>Dies here if <see cref="Variable"/> names <paramref name="point"/> and this is the reach it counts to.</summary>
    public static void Reach(string point)
    {
        if (Armed is { } target && string.Equals(target.Point, point, StringComparison.Ordinal))
        {
            Count(target);
        }
    }

    /// <summary>
    /// Dies here if <see cref="Variable"/> names <paramref name="point"/>, or <c>point@scope</c>
    /// (the same place for one saga table only). Compared without building the scoped name.
    /// </summary>
    public static void Reach(string point, string scope)
    {
        if (Armed is not { } target)
        {
            return;
        }

        var name = target.Point;
        var scoped = name.Length == point.Length + 1 + scope.Length
            && name.StartsWith(point, StringComparison.Ordinal)
            && name[point.Length] == '@'
            && name.EndsWith(scope, StringComparison.Ordinal);
        if (scoped || string.Equals(name, point, StringComparison.Ordinal))
        {
            Count(target);
        }
    }

    private static void Count(Target target)
    {
        var reached = Interlocked.Increment(ref _reached);
        if (reached == target.Times)
        {
            Environment.FailFast($"{Variable}={Description} reached: the hub dies here on purpose.");
        }
    }

    private static Target? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return new Target(text, 1);
        }
        // A count that is not a positive number is a typo: fail the start rather than never crash.
        if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var times) || times < 1)
        {
            throw new InvalidOperationException($"{Variable}='{value}': expected 'point' or 'point:N' with N >= 1.");
        }

        return new Target(text[..colon], times);
    }

    private sealed record Target(string Point, int Times);
}
