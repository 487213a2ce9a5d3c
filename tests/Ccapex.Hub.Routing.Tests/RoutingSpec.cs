using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>Starts a fresh harness per test; a CDP opens the dossier most specs work on.</summary>
public abstract class RoutingSpec
{
    protected RoutingHarness Hub { get; private set; } = null!;

    protected virtual void Configure(RoutingOptions options)
    {
    }

    /// <summary>Rules other than the shipped ones, for a spec about what the rules file may say.</summary>
    protected virtual Charter.CharterRules? Rules => null;

    [SetUp]
    public async Task StartHub() => Hub = await RoutingHarness.StartAsync(Configure, Rules is { } rules ? () => rules : null);

    [TearDown]
    public async Task StopHub()
    {
        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }
    }

    /// <summary>F1 from the bailiffs; returns the dossier id of the receipt.</summary>
    protected async Task<Guid> OpenDossierWithCdp(SubmitCdpNotification? cdp = null)
    {
        await Hub.SubmitAsync(cdp ?? Fresh.Cdp());
        var receipt = Hub.To<CdpNotificationAccepted>(PartnerCode.Huissiers).Last();
        return receipt.DossierId;
    }
}
