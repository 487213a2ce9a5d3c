namespace Ccapex.Hub.Gateway.Tests;

/// <summary>One real gateway per fixture, in this process, with fakes behind it for the hub; started once, stopped once.</summary>
public abstract class GatewayFixture
{
    internal FakeSubmitter Submitter { get; } = new();

    internal RunningGateway Gateway { get; private set; } = null!;

    /// <summary>Command-line settings for this fixture's gateway, beside the keys and defaults RunningGateway gives.</summary>
    private protected virtual string[] Settings => [];

    [OneTimeSetUp]
    public async Task StartGateway() => Gateway = await RunningGateway.StartAsync(Submitter, Settings);

    [OneTimeTearDown]
    public async Task StopGateway() => await Gateway.DisposeAsync();
}
