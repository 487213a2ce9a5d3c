using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Testing;

namespace Ccapex.Hub.Flows.Tests;

/// <summary>F3 (action 17): one listing message to the CAF per three households here, or at the end of its day.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_caf_listing_is_gathered(StoreProvider provider) : FlowFixture(provider)
{
    private const int MaxHouseholds = 3;

    private static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Hub:Routing:CafListingMaxHouseholds", MaxHouseholds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Hub:Routing:CafListingPeriod", Period.ToString()),
    ];

    /// <summary>Each test starts on an empty listing: what an earlier test left goes out at its period's end.</summary>
    [SetUp]
    public async Task SendWhatIsPending()
    {
        if ((await Hub.CafListingAsync())?.LineCount > 0)
        {
            await Hub.AdvanceAsync(Period);
        }

        await Eventually.Until(async () => (await Hub.CafListingAsync())?.LineCount is null or 0, () => "The pending CAF listing was not sent.");
    }

    [Test]
    public async Task Should_send_one_listing_as_soon_as_it_is_full()
    {
        var dossiers = new List<Guid>();
        for (var n = 0; n < MaxHouseholds; n++)
        {
            dossiers.Add(await OpenDossierWithCdp());
        }

        var listing = await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossiers[0]));
        Assert.That(listing.Households.Select(h => h.DossierId), Is.EquivalentTo(dossiers));
    }

    [Test]
    public async Task Should_send_what_it_holds_at_the_end_of_its_period()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.WaitUntilListedAsync(dossier);
        await Partners.SettleAsync();
        Assert.That(Partners.To<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier)), Is.Empty);

        await Hub.AdvanceAsync(Period);

        var listing = await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier));
        Assert.That(listing.Households, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Should_show_the_caf_no_landlord_and_no_bailiff()
    {
        var dossier = await OpenDossierWithCdp();
        await Hub.WaitUntilListedAsync(dossier);
        await Hub.AdvanceAsync(Period);

        await Partners.WaitFor<CheckHousingBenefitRights>(PartnerCode.Caf, l => l.Households.Any(h => h.DossierId == dossier));
        var view = Partners.To(PartnerCode.Caf).Single(d => d.Message.ToJsonString().Contains(dossier.ToString(), StringComparison.Ordinal)).Message.ToJsonString();
        Assert.That(view, Does.Not.Contain("landlord").And.Not.Contain("bailiffOffice").And.Not.Contain("actReference"));
    }
}
