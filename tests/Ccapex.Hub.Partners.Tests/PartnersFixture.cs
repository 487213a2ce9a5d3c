using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>One hub and its two reference workers per fixture, shared by its tests; each test works on households of its own.</summary>
public abstract class PartnersFixture
{
    private PartnersHub? _hub;

    internal PartnersHub Hub => _hub ?? throw new InvalidOperationException("The hub did not start.");

    internal HubTap Tap => Hub.Tap;

    /// <summary>Settings this fixture's hub gets on top of the defaults.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> HubSettings => [];

    [OneTimeSetUp]
    public async Task StartHub() => _hub = await PartnersHub.StartAsync(HubSettings);

    [OneTimeTearDown]
    public async Task StopHub()
    {
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }

    /// <summary>Whatever the hub sent the workers, none of it failed or was skipped for want of a consumer.</summary>
    [TearDown]
    public async Task NothingFailedOrWasSkipped()
    {
        if (_hub is null)
        {
            return;
        }

        foreach (var partner in new[] { PartnerCode.Caf, PartnerCode.PrefecturePolice })
        {
            foreach (var suffix in new[] { "_error", "_skipped" })
            {
                var queue = new PartnerIdentity(partner).Queue + suffix;
                Assert.That(await Tap.MessagesInAsync(queue) ?? 0, Is.Zero, $"messages in {queue}");
            }
        }
    }

    /// <summary>A household no other test uses: the hub matches households by tenants' names and address.</summary>
    internal static Household NewHousehold(string firstName = "Claire") => SampleMessages.Household() with
    {
        Tenants = [new PersonName { LastName = "Partner" + Unique(), FirstName = firstName }],
    };

    /// <summary>F1 from the bailiffs; returns the dossier of the hub's receipt.</summary>
    internal async Task<Guid> OpenDossierWithCdp(Household household, string? allocataireNumber, string? actReference = null)
    {
        var cdp = SampleMessages.SubmitCdpNotification() with
        {
            MessageId = Guid.NewGuid(),
            ActReference = actReference ?? NewActReference(),
            DeliveredOn = Hub.Today.AddDays(-1),
            Household = household,
            CafAllocataireNumber = allocataireNumber,
        };
        await Tap.SendAsync(cdp);
        var receipt = await Tap.WaitForAnswer(PartnerCode.Huissiers, cdp.MessageId);
        Assert.That(receipt.Is<CdpNotificationAccepted>(), Is.True, () => $"the CDP was not accepted: {receipt.Message.ToJsonString()}");
        return receipt.As<CdpNotificationAccepted>().DossierId;
    }

    internal static string NewActReference() => "CDP-PARTNERS-" + Unique();

    internal static string Unique() => Guid.NewGuid().ToString("N")[..10];
}
