namespace Ccapex.Hub.Persistence;

/// <summary>An outbox row addressed outside the hub's destinations (<see cref="OutboxDestinations"/>): its write fails.</summary>
public sealed class OutboxDestinationRefusedException : InvalidOperationException
{
    public OutboxDestinationRefusedException()
        : this("the destination is not allowed")
    {
    }

    public OutboxDestinationRefusedException(string reason)
        : base($"{OutboxDestinations.RefusedCode}: {reason}.")
    {
        Reason = reason;
    }

    public OutboxDestinationRefusedException(string reason, Exception innerException)
        : base($"{OutboxDestinations.RefusedCode}: {reason}.", innerException)
    {
        Reason = reason;
    }

    public string Code { get; } = OutboxDestinations.RefusedCode;

    public string Reason { get; } = string.Empty;
}
