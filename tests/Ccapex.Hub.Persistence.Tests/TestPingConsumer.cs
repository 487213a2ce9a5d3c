using MassTransit;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>Receives scheduled pings, so the harness records how they arrived.</summary>
public sealed class TestPingConsumer : IConsumer<TestPing>
{
    public Task Consume(ConsumeContext<TestPing> context) => Task.CompletedTask;
}
