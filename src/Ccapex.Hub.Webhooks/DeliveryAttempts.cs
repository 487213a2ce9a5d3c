namespace Ccapex.Hub.Webhooks;

/// <summary>
/// The attempts made for the message in hand, kept across a circuit-breaker pause (the message goes back to
/// its queue and comes again), so that a message failing on every probe is still parked after MaxAttempts.
/// </summary>
internal sealed class DeliveryAttempts(string messageId)
{
    public string MessageId { get; } = messageId;

    public int Count { get; private set; }

    public DateTimeOffset? FirstFailure { get; private set; }

    public DateTimeOffset? LastFailure { get; private set; }

    public int? LastStatus { get; private set; }

    /// <summary>The last failure in the worker's words ("HTTP 500", "network error: ...").</summary>
    public string? LastError { get; private set; }

    /// <summary>The sanitised start of the last failure's answer, when it had one (never logged).</summary>
    public string? LastAnswer { get; private set; }

    public void Begin() => Count++;

    public void Fail(DateTimeOffset at, int? status, string error, string? answer = null)
    {
        FirstFailure ??= at;
        LastFailure = at;
        LastStatus = status;
        LastError = error;
        LastAnswer = answer;
    }
}
