namespace Ccapex.Hub.Persistence.Tests;

/// <summary>What the scheduler tests schedule.</summary>
public sealed record TestPing(Guid DossierId, string Text)
{
    public const string Queue = "test-pings";
}
