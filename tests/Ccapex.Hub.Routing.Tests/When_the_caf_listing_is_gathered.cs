using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>F3 (action 17): one listing message per period or per N households, whichever comes first.</summary>
public sealed class When_the_caf_listing_is_gathered : RoutingSpec
{
    protected override void Configure(RoutingOptions options)
    {
        options.CafListingMaxHouseholds = 3;
        options.CafListingPeriod = TimeSpan.FromDays(1);
    }

    [Test]
    public async Task Should_send_one_listing_when_it_is_full()
    {
        for (var n = 1; n <= 3; n++)
        {
            await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(n));
        }

        var listing = Hub.To<CheckHousingBenefitRights>(PartnerCode.Caf).Single();
        Assert.That(listing.Households, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Should_be_gathering_while_a_listing_is_open_and_idle_once_it_is_sent()
    {
        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(1));
        Assert.That((await Hub.ListingAsync())?.CurrentState, Is.EqualTo("Gathering"));

        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(2));
        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(3));
        Assert.That((await Hub.ListingAsync())?.CurrentState, Is.EqualTo("Idle"), "full: sent by the lines consumer, state set by the state machine");

        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(4));
        await Hub.AdvanceAsync(TimeSpan.FromDays(1));
        Assert.That((await Hub.ListingAsync())?.CurrentState, Is.EqualTo("Idle"), "sent at its period's end");
    }

    [Test]
    public async Task Should_wait_for_the_period_when_the_listing_is_not_full()
    {
        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(1));
        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(2));
        Assert.That(Hub.To(PartnerCode.Caf), Is.Empty);

        await Hub.AdvanceAsync(TimeSpan.FromDays(1));

        var listing = Hub.To<CheckHousingBenefitRights>(PartnerCode.Caf).Single();
        Assert.That(listing.Households.Select(h => h.Tenants[0].LastName), Is.EquivalentTo(new[] { "Martin1", "Martin2" }));
    }

    [Test]
    public async Task Should_start_a_new_listing_after_sending_one()
    {
        for (var n = 1; n <= 4; n++)
        {
            await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(n));
        }

        await Hub.AdvanceAsync(TimeSpan.FromDays(1));

        var listings = Hub.To<CheckHousingBenefitRights>(PartnerCode.Caf);
        Assert.Multiple(() =>
        {
            Assert.That(listings.Select(l => l.Households.Count), Is.EqualTo(new[] { 3, 1 }));
            Assert.That(listings.Select(l => l.ListingId).Distinct().Count(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Should_show_the_caf_no_landlord_and_no_bailiff()
    {
        await Hub.SubmitAsync(Fresh.CdpForAnotherHousehold(1));
        await Hub.AdvanceAsync(TimeSpan.FromDays(1));

        var body = Hub.To(PartnerCode.Caf).Single().Body.ToJsonString();
        Assert.That(body, Does.Not.Contain("landlord").And.Not.Contain("bailiffOffice").And.Not.Contain("actReference"));
    }
}
