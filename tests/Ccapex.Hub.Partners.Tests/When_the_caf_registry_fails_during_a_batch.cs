using Ccapex.Hub.Partners.Caf;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>At least once: a batch whose lookups fail is tried again, and every household is answered once the registry is back.</summary>
public sealed class When_the_caf_registry_fails_during_a_batch
{
    [Test]
    public async Task Should_answer_every_household_of_the_batch_after_the_retry_with_the_same_ids()
    {
        await using var caf = await LoneCafWorker.CreateAsync();
        var hub = await caf.ListenAsync("ccapex.intake.housing-benefit-rights-checked", ExchangeType.Fanout, string.Empty);
        var registry = new FlakyRegistry(failures: 1);
        await caf.StartAsync(new Dictionary<string, string?> { ["Caf:Batch:TimeLimit"] = "00:00:00.500" }, s => s.AddSingleton<IAllocataireRegistry>(registry));
        CheckHousingBenefitRights Listing(int households) => Testing.SampleMessages.CheckHousingBenefitRights() with
        {
            MessageId = Guid.NewGuid(),
            ListingId = Guid.NewGuid(),
            Households = [.. Enumerable.Range(0, households).Select(_ => Listings.Line())],
        };
        var listings = new[] { Listing(2), Listing(1) };

        foreach (var listing in listings)
        {
            await caf.DeliverAsync(listing);
        }

        var answers = (await caf.TakeAsync(hub, 3)).Select(LoneCafWorker.Read<HousingBenefitRightsChecked>).ToList();
        var expected = listings.SelectMany(l => l.Households.Select(h => CafListingConsumer.MessageId(l.ListingId, h.DossierId)));
        Assert.Multiple(async () =>
        {
            Assert.That(answers.Select(a => a.MessageId), Is.EquivalentTo(expected));
            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(BenefitRightsStatus.UnknownToCaf));
            Assert.That(registry.Calls, Is.GreaterThan(3), "the first pass failed");
            Assert.That(await caf.MessagesInAsync("ccapex.caf.in_error") ?? 0, Is.Zero);
        });
    }
}
