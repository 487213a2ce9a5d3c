namespace Ccapex.Hub.Provisioning.Tests;

/// <summary>One provisioned hub per fixture, shared by its tests; the tear-down removes its users and virtual host.</summary>
public abstract class PartnerHubFixture
{
    private PartnerHub? _hub;

    internal PartnerHub Hub => _hub ?? throw new InvalidOperationException("The hub was not created.");

    [OneTimeSetUp]
    public async Task StartHub()
    {
        // Kept before it starts, so that the tear-down removes the users and the vhost of a hub that failed to start.
        _hub = await PartnerHub.CreateAsync();
        await _hub.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopHub()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
