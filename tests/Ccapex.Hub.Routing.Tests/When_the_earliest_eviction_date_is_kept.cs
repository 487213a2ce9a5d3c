using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// Item 1 of issue 14: the first day an eviction may lawfully take place (CQL's two months, L412-1; the judge's
/// delay, L412-3; the winter truce, L412-6) is kept on the dossier, and an eviction or a CFP used before it is alerted.
/// </summary>
public sealed class When_the_earliest_eviction_date_is_kept : RoutingSpec
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private IEnumerable<string> Alerts() => Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Select(a => a.Code);

    private async Task<Guid> DossierWithCql(string cql, string? grantedNotBefore = null)
    {
        var id = await OpenDossierWithCdp();
        if (grantedNotBefore is not null)
        {
            await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.Judgment, D(cql).AddMonths(-1)) with { EvictionNotBefore = D(grantedNotBefore) });
        }

        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CommandementDeQuitterLesLieux, D(cql)));
        return id;
    }

    [TestCase("2025-06-02", "2025-08-03")]
    [TestCase("2025-08-30", "2025-10-31")]
    [TestCase("2025-08-31", "2026-04-01")]
    [TestCase("2025-12-31", "2026-04-01")]
    [TestCase("2027-12-29", "2028-04-01")]
    public async Task Should_keep_the_day_after_the_cql_s_two_months_outside_the_truce(string cql, string earliest)
    {
        var id = await DossierWithCql(cql);

        Assert.That(Hub.Dossier(id).EarliestEvictionOn, Is.EqualTo(D(earliest)));
    }

    [Test]
    public async Task Should_keep_the_delay_the_judge_granted_when_it_ends_later()
    {
        var id = await DossierWithCql("2025-06-02", grantedNotBefore: "2025-09-15");

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossier(id).GrantedEvictionNotBefore, Is.EqualTo(D("2025-09-15")));
            Assert.That(Hub.Dossier(id).EarliestEvictionOn, Is.EqualTo(D("2025-09-15")));
        });
    }

    [Test]
    public async Task Should_push_a_judge_s_delay_that_ends_in_the_truce_to_its_end()
    {
        var id = await DossierWithCql("2025-06-02", grantedNotBefore: "2025-12-01");

        Assert.That(Hub.Dossier(id).EarliestEvictionOn, Is.EqualTo(D("2026-04-01")));
    }

    [Test]
    public async Task Should_recompute_it_when_the_judgment_comes_after_the_cql()
    {
        var id = await DossierWithCql("2025-06-02");
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.Judgment, D("2025-06-20")) with { EvictionNotBefore = D("2025-10-01") });

        Assert.That(Hub.Dossier(id).EarliestEvictionOn, Is.EqualTo(D("2025-10-01")));
    }

    // The CQL of 2 June 2025: its two months run to the end of 2 August; the eviction is lawful from 3 August.
    [TestCase("2025-08-01", true)]
    [TestCase("2025-08-02", true)]
    [TestCase("2025-08-03", false)]
    public async Task Should_alert_on_an_eviction_before_the_end_of_the_cql_s_two_months(string evictedOn, bool alert)
    {
        var id = await DossierWithCql("2025-06-02");
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.EvictionCarriedOut, D(evictedOn)));

        Assert.That(Alerts().Contains(ProcedureAlertCodes.EvictionTooEarly), Is.EqualTo(alert));
    }

    [TestCase("2025-09-14", true)]
    [TestCase("2025-09-15", false)]
    [TestCase("2025-09-16", false)]
    public async Task Should_alert_on_an_eviction_before_the_delay_the_judge_granted(string evictedOn, bool alert)
    {
        var id = await DossierWithCql("2025-06-02", grantedNotBefore: "2025-09-15");
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.EvictionCarriedOut, D(evictedOn)));

        Assert.That(Alerts().Contains(ProcedureAlertCodes.EvictionTooEarly), Is.EqualTo(alert));
    }

    // A CQL of 15 September 2025: the delay ends on 15 November, inside the truce; the earliest date is 1 April 2026.
    [TestCase("2025-10-31", new[] { ProcedureAlertCodes.EvictionTooEarly })]
    [TestCase("2025-11-15", new[] { ProcedureAlertCodes.EvictionTooEarly, ProcedureAlertCodes.WinterTruce })]
    [TestCase("2025-11-16", new[] { ProcedureAlertCodes.WinterTruce })]
    [TestCase("2026-03-31", new[] { ProcedureAlertCodes.WinterTruce })]
    [TestCase("2026-04-01", new string[0])]
    public async Task Should_give_each_reason_an_early_eviction_breaks(string evictedOn, string[] codes)
    {
        var id = await DossierWithCql("2025-09-15");
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.EvictionCarriedOut, D(evictedOn)));

        Assert.Multiple(() =>
        {
            Assert.That(Hub.Dossier(id).EarliestEvictionOn, Is.EqualTo(D("2026-04-01")));
            Assert.That(Alerts(), Is.EquivalentTo(codes));
        });
    }

    [TestCase("2025-08-02", true)]
    [TestCase("2025-08-03", false)]
    public async Task Should_alert_on_a_cfp_granted_for_use_before_the_earliest_date(string usedFrom, bool alert)
    {
        var id = await DossierWithCql("2025-06-02");
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpDecided, D("2025-07-30"), PartnerCode.PrefecturePolice) with
        {
            CdpActReference = Fresh.Cdp().ActReference,
            CfpGranted = true,
            EvictionNotBefore = D(usedFrom),
        });

        Assert.That(Alerts().Contains(ProcedureAlertCodes.CfpUseTooEarly), Is.EqualTo(alert));
    }

    [Test]
    public async Task Should_not_call_a_refused_cfp_a_use()
    {
        var id = await DossierWithCql("2025-06-02");
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpDecided, D("2025-07-30"), PartnerCode.PrefecturePolice) with
        {
            CdpActReference = Fresh.Cdp().ActReference,
            CfpGranted = false,
            EvictionNotBefore = D("2025-07-31"),
        });

        Assert.That(Alerts(), Does.Not.Contain(ProcedureAlertCodes.CfpUseTooEarly));
    }

    // The CFP may be requested once the CQL's two months are over: in a leap year, 29 February is their last day.
    [TestCase("2027-12-29", "2028-02-28", true)]
    [TestCase("2027-12-29", "2028-02-29", true)]
    [TestCase("2027-12-29", "2028-03-01", false)]
    [TestCase("2026-12-29", "2027-02-27", true)]
    [TestCase("2026-12-29", "2027-02-28", true)]
    [TestCase("2026-12-29", "2027-03-01", false)]
    public async Task Should_alert_on_a_cfp_requested_before_the_cql_s_two_months_are_over(string cql, string requestedOn, bool alert)
    {
        var id = await DossierWithCql(cql);
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpRequested, D(requestedOn)));

        Assert.That(Alerts().Contains(ProcedureAlertCodes.CfpRequestedTooEarly), Is.EqualTo(alert));
    }
}
