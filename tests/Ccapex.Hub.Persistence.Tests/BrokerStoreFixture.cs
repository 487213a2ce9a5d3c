using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>A store fixture with a real broker (a virtual host of its own), for the relay tests that read what it sends.</summary>
public abstract class BrokerStoreFixture(StoreProvider provider) : StoreFixture(provider)
{
    private protected BrokerFixture Broker { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartBroker() => Broker = await BrokerFixture.StartAsync();

    [OneTimeTearDown]
    public async Task StopBroker() => await Broker.DisposeAsync();
}
