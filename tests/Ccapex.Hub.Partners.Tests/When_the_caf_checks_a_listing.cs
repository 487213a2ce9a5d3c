using Ccapex.Hub.Testing;
using Ccapex.Hub.Partners.Caf;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>
/// F3 → F4 end to end: the hub gathers a listing of three households, the CAF worker takes it as a batch, checks
/// each household against its extract and answers once per household; a critical case becomes a targeted
/// intervention (F5), and a listing delivered twice changes nothing the second time.
/// </summary>
public sealed class When_the_caf_checks_a_listing : PartnersFixture
{
    private const int MaxHouseholds = 3;

    private static readonly TimeSpan Period = TimeSpan.FromDays(1);

    protected override IEnumerable<KeyValuePair<string, string?>> HubSettings =>
    [
        new("Hub:Routing:CafListingMaxHouseholds", MaxHouseholds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Hub:Routing:CafListingPeriod", Period.ToString()),
    ];

    /// <summary>Each test starts on an empty listing: what an earlier test left goes out at its period's end.</summary>
    [SetUp]
    public Task StartOnAnEmptyListing() => Hub.EmptyCafListingAsync(Period);

    /// <summary>Three CDPs: one allocataire found by number (rights open), one by name (rights suspended), one unknown to the CAF.</summary>
    private async Task<(Guid Open, Guid Suspended, Guid Unknown)> ListThreeHouseholds()
    {
        var open = NewHousehold("Paul");
        var suspended = NewHousehold("Anne");
        var unknown = NewHousehold("Luc");
        var openNumber = "75" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var rows = new[]
        {
            $"{openNumber};{open.Tenants[0].LastName};Paul;75018;ouverts;0",
            $"9{openNumber};{suspended.Tenants[0].LastName};Anne;75018;suspendus;1",
        };
        await File.AppendAllLinesAsync(Hub.ExtractFile, rows);

        return (await OpenDossierWithCdp(open, openNumber), await OpenDossierWithCdp(suspended, null), await OpenDossierWithCdp(unknown, null));
    }

    private Task<Dossier> Checked(Guid dossier) =>
        Hub.DossierWhen(dossier, d => d.Timeline.Any(t => t.MessageType == nameof(HousingBenefitRightsChecked)), "no rights check recorded");

    [Test]
    public async Task Should_record_one_rights_check_per_household_and_refer_the_critical_case()
    {
        var (open, suspended, unknown) = await ListThreeHouseholds();

        var dossiers = new[] { await Checked(open), await Checked(suspended), await Checked(unknown) };
        var forwarded = await Tap.WaitFor<HousingBenefitRightsChecked>(PartnerCode.Drihl, c => c.DossierId == open || c.DossierId == suspended || c.DossierId == unknown, 3);
        var interventions = await Tap.WaitFor<RequestTargetedIntervention>(PartnerCode.Departement, r => r.DossierId == suspended);
        await Task.Delay(500);

        Assert.Multiple(() =>
        {
            Assert.That(forwarded.Select(c => (c.DossierId, c.Status, c.IsCritical)), Is.EquivalentTo(new[]
            {
                (open, BenefitRightsStatus.AlreadyOpen, false),
                (suspended, BenefitRightsStatus.Suspended, true),
                (unknown, BenefitRightsStatus.UnknownToCaf, false),
            }));
            Assert.That(forwarded.Select(c => c.ListingId).Distinct().Count(), Is.EqualTo(1), "one listing");
            Assert.That(forwarded.Single(c => c.DossierId == suspended).CriticalReasons.Single(), Does.StartWith(CriticalCaseCriteria.RightsSuspendedCode));
            Assert.That(interventions.Single().Reason, Is.EqualTo(InterventionReason.CafCriticalCase));
            Assert.That(Tap.To<RequestTargetedIntervention>(PartnerCode.Departement, r => r.DossierId == open || r.DossierId == unknown), Is.Empty);
            Assert.That(dossiers.SelectMany(d => d.Obligations).Where(o => o.Flow == "F3").Select(o => o.Status), Is.All.EqualTo(ObligationStatus.Answered));
            Assert.That(dossiers.Select(d => d.Referrals.Count), Is.EqualTo(new[] { 0, 1, 0 }), "only the critical case is referred to the CCAPEX");
            Assert.That(dossiers[1].Referrals.Single().By, Is.EqualTo(PartnerCode.Caf));
        });
    }

    [Test]
    public async Task Should_answer_a_listing_sent_at_the_end_of_its_period()
    {
        var household = NewHousehold("Marc");
        var dossier = await OpenDossierWithCdp(household, null);
        await Eventually.Until(() => Hub.IsListedAsync(dossier), () => "the household did not join the listing");

        await Hub.AdvanceAsync(Period);

        var answer = (await Tap.WaitFor<HousingBenefitRightsChecked>(PartnerCode.Drihl, c => c.DossierId == dossier)).Single();
        Assert.That(answer.Status, Is.EqualTo(BenefitRightsStatus.UnknownToCaf));
    }

    [Test]
    public async Task Should_count_a_redelivered_listing_once()
    {
        var (open, suspended, unknown) = await ListThreeHouseholds();
        var ours = new[] { open, suspended, unknown };
        foreach (var dossier in ours)
        {
            await Checked(dossier);
        }

        var listing = Tap.To(PartnerCode.Caf).Single(d => d.Is<CheckHousingBenefitRights>() && d.As<CheckHousingBenefitRights>().Households.Any(h => h.DossierId == open));
        var answers = ours.Select(d => CafListingConsumer.MessageId(listing.As<CheckHousingBenefitRights>().ListingId, d)).ToList();
        await Tap.RedeliverAsync(listing);

        // The worker answers again with the same ids: the hub takes them for a redelivery and changes nothing.
        await Eventually.Until(() => Tap.SentBy<HousingBenefitRightsChecked>(PartnerCode.Caf, c => answers.Contains(c.MessageId)).Count == 2 * answers.Count,
            () => "the CAF worker did not answer the redelivered listing");
        await Task.Delay(1000);
        var dossiers = new List<Dossier>();
        foreach (var dossier in ours)
        {
            dossiers.Add(await Hub.DossierAsync(dossier));
        }

        Assert.Multiple(() =>
        {
            Assert.That(Tap.SentBy<HousingBenefitRightsChecked>(PartnerCode.Caf, c => answers.Contains(c.MessageId)).Select(c => c.MessageId).Distinct(), Is.EquivalentTo(answers));
            Assert.That(dossiers.Select(d => d.Timeline.Count(t => t.MessageType == nameof(HousingBenefitRightsChecked))), Is.All.EqualTo(1));
            Assert.That(Tap.To<HousingBenefitRightsChecked>(PartnerCode.Drihl, c => ours.Contains(c.DossierId)), Has.Count.EqualTo(3));
            Assert.That(Tap.To<RequestTargetedIntervention>(PartnerCode.Departement, r => r.DossierId == suspended), Has.Count.EqualTo(1));
        });
    }
}
