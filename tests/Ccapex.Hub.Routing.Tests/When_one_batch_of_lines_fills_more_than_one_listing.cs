using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Listings;
using Ccapex.Hub.Charter;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// A batch of lines is one write of the listing: with listings of two households, five lines send two listings and
/// start a third. If the hub dies after that write and before the acknowledgement, all five come back: none may be
/// listed again, so both listings the write sent keep their lines until a later write sends one.
/// </summary>
public sealed class When_one_batch_of_lines_fills_more_than_one_listing
{
    private readonly InMemoryCafListingLines _lines = new();
    private CafListingBook _book = null!;
    private CafListing _listing = null!;
    private (CafListingLine Line, Guid MessageId)[] _batch = [];

    [SetUp]
    public async Task Write_one_batch_of_five_lines()
    {
        var options = Options.Create(new RoutingOptions { CafListingMaxHouseholds = 2 });
        _book = new CafListingBook(CharterRulesLoader.LoadEmbedded(), options, new FakeTimeProvider(RoutingHarness.Start), _lines);
        _listing = new CafListing { CorrelationId = CafListing.InstanceId };
        _batch = [.. Enumerable.Range(1, 5).Select(n => (Line(n), Guid.NewGuid()))];
        await WriteAsync(_batch);
    }

    [Test]
    public void Should_send_two_listings_and_keep_the_fifth_line()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_listing.ListingsSent, Is.EqualTo(2));
            Assert.That(_listing.LineCount, Is.EqualTo(1));
            Assert.That(_listing.EarlierListingIds, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_list_no_line_again_when_the_whole_batch_is_redelivered()
    {
        var sent = await WriteAsync(_batch);

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.Zero);
            Assert.That(_listing.ListingsSent, Is.EqualTo(2));
            Assert.That(_listing.LineCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Should_retire_both_listings_when_a_later_write_sends_one()
    {
        Guid[] kept = [_listing.PreviousListingId!.Value, .. _listing.EarlierListingIds];

        await _book.AddAsync(_listing, Line(6), Guid.NewGuid(), new HashSet<Guid>(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_listing.ListingsSent, Is.EqualTo(3));
            Assert.That(_listing.RetiredItemGroups, Is.EquivalentTo(kept));
            Assert.That(_listing.EarlierListingIds, Is.Empty);
        });
    }

    /// <summary>One write: the lines in order, then what the store would commit. Returns the listings it sent.</summary>
    private async Task<int> WriteAsync(IEnumerable<(CafListingLine Line, Guid MessageId)> lines)
    {
        var sent = new HashSet<Guid>();
        foreach (var (line, messageId) in lines)
        {
            await _book.AddAsync(_listing, line, messageId, sent, CancellationToken.None);
        }

        _lines.Apply(_listing);
        _listing.PendingOutbox.Clear();
        _listing.PendingCancellations.Clear();
        return sent.Count;
    }

    private static CafListingLine Line(int n) => new()
    {
        DossierId = Guid.NewGuid(),
        Tenants = [new PersonName { LastName = $"Martin{n}", FirstName = "Claire" }],
        Address = new PostalAddress { Street = "3 rue des Poissonniers", PostalCode = "75018", City = "Paris" },
        HouseholdSize = 2,
        MonthlyRent = new Euros(700m),
        MonthlyCharges = new Euros(80m),
        ArrearsAmount = new Euros(1560m),
        HousingBenefit = HousingBenefitStatus.Received,
        CdpDeliveredOn = new DateOnly(2025, 1, 13),
    };
}
