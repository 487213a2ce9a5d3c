using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// Item 6 of issue 14 (actions 11, 17): the DRIHL's criteria for a targeted intervention (F5) are rules data; a CDP
/// whose CAF rights check is not back by its deadline is a case for it.
/// </summary>
public sealed class When_the_drihl_s_criteria_call_for_a_targeted_intervention : RoutingSpec
{
    // The F3 answer is due 30 days after the listing, which goes out one day after the CDP (RoutingOptions.CafListingPeriod).
    private static readonly TimeSpan CafDeadline = TimeSpan.FromDays(31);

    private List<RequestTargetedIntervention> Requests() => [.. Hub.To<RequestTargetedIntervention>(PartnerCode.Departement)];

    [Test]
    public async Task Should_ask_the_departement_when_the_caf_check_is_not_back_by_its_deadline()
    {
        await OpenDossierWithCdp();

        await Hub.AdvanceAsync(CafDeadline - TimeSpan.FromMinutes(1));
        var theMinuteBefore = Requests().Count;
        await Hub.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(theMinuteBefore, Is.Zero);
            Assert.That(Requests().Single().Reason, Is.EqualTo(InterventionReason.CafCheckOverdue));
            Assert.That(Requests().Single().Comment, Is.EqualTo("Contrôle des droits CAF sans réponse à l'échéance"));
        });
    }

    [Test]
    public async Task Should_ask_once_per_cdp_when_the_caf_answers_after_its_deadline()
    {
        var id = await OpenDossierWithCdp(Fresh.Cdp() with { ArrearsAmount = new(3500m) });
        await Hub.AdvanceAsync(CafDeadline);
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));
        await Hub.AdvanceAsync(TimeSpan.FromDays(60));

        Assert.That(Requests().Select(r => r.Reason), Is.EqualTo(new[] { InterventionReason.DrihlCriteria }), "the debt criterion comes first in the rules");
    }

    [Test]
    public async Task Should_not_ask_when_the_caf_answers_in_time_and_no_criterion_holds()
    {
        var id = await OpenDossierWithCdp();
        await Hub.AdvanceAsync(CafDeadline - TimeSpan.FromMinutes(1));
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        await Hub.AdvanceAsync(TimeSpan.FromDays(90));

        Assert.That(Requests(), Is.Empty);
    }

    [TestCase(2999.99, false)]
    [TestCase(3000.00, true)]
    [TestCase(3000.01, true)]
    public async Task Should_ask_from_the_debt_the_rules_name(decimal arrears, bool asked)
    {
        var id = await OpenDossierWithCdp(Fresh.Cdp() with { ArrearsAmount = new(arrears) });
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        Assert.That(Requests().Any(r => r.Reason == InterventionReason.DrihlCriteria), Is.EqualTo(asked));
    }
}

/// <summary>Criteria other than the shipped ones: the rules file decides, not the code.</summary>
public sealed class When_the_rules_name_other_intervention_criteria : RoutingSpec
{
    protected override Func<CharterRules>? Rules => () => CharterRulesLoader.Parse(
        RulesWith("""
            "criteria": [
              { "name": "Grande famille sans aide au logement", "householdSizeAtLeast": 5, "housingBenefit": ["NotReceived", "Suspended"] },
              { "name": "Dette de six mois de loyer", "arrearsInMonthsOfRentAtLeast": 6 }
            ],
            """),
        "rules.json");

    private static string RulesWith(string criteria)
    {
        var shipped = File.ReadAllText(Path.Combine(SchemaExport.RepositoryRoot.Find(TestContext.CurrentContext.TestDirectory), "contracts", "charter", "charter-rules.json"));
        var start = shipped.IndexOf("\"criteria\"", StringComparison.Ordinal);
        var end = shipped.IndexOf("],", start, StringComparison.Ordinal) + 2;
        return shipped[..start] + criteria + shipped[end..];
    }

    private List<RequestTargetedIntervention> Requests() => [.. Hub.To<RequestTargetedIntervention>(PartnerCode.Departement)];

    [TestCase(5, HousingBenefitStatus.NotReceived, true)]
    [TestCase(4, HousingBenefitStatus.NotReceived, false)]
    [TestCase(5, HousingBenefitStatus.Received, false)]
    [TestCase(6, HousingBenefitStatus.Suspended, true)]
    public async Task Should_ask_when_every_condition_of_a_criterion_holds(int size, HousingBenefitStatus benefit, bool asked)
    {
        var cdp = Fresh.Cdp() with { HousingBenefit = benefit, Household = Testing.SampleMessages.Household() with { Size = size } };
        var id = await OpenDossierWithCdp(cdp);
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        Assert.That(Requests().Select(r => r.Comment), asked ? Is.EqualTo(new[] { "Grande famille sans aide au logement" }) : Is.Empty);
    }

    // 850 € of rent excluding charges (the sample's): six months are 5,100 €.
    [TestCase(5099.99, false)]
    [TestCase(5100.00, true)]
    public async Task Should_weigh_the_debt_in_months_of_rent(decimal arrears, bool asked)
    {
        var id = await OpenDossierWithCdp(Fresh.Cdp() with { ArrearsAmount = new(arrears) });
        await Hub.SubmitAsync(Fresh.RightsChecked(id, critical: false));

        Assert.That(Requests().Count, Is.EqualTo(asked ? 1 : 0));
    }

    [Test]
    public async Task Should_not_ask_when_the_caf_is_late_unless_a_criterion_says_so()
    {
        await OpenDossierWithCdp();

        await Hub.AdvanceAsync(TimeSpan.FromDays(90));

        Assert.That(Requests(), Is.Empty);
    }
}
