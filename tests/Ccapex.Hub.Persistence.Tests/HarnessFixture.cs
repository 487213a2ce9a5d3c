using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>A store fixture with a MassTransit test harness started before each test and disposed after it.</summary>
public abstract class HarnessFixture(StoreProvider provider) : StoreFixture(provider)
{
    protected ServiceProvider Services { get; private set; } = null!;

    protected ITestHarness Harness { get; private set; } = null!;

    /// <summary>The harness of <see cref="StoreFixture.NewHarness"/>, or one configured further.</summary>
    protected virtual ServiceProvider CreateServices() => NewHarness();

    [SetUp]
    public async Task StartHarness()
    {
        Services = CreateServices();
        Harness = Services.GetRequiredService<ITestHarness>();
        await Harness.Start();
    }

    [TearDown]
    public async Task StopHarness()
    {
        if (Services is not null)
        {
            await Services.DisposeAsync();
        }
    }
}
