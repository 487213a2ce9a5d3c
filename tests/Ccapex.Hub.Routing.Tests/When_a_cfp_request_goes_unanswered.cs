using Ccapex.Hub.Contracts;
using Ccapex.Hub.Routing.Dossiers;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>
/// The Préfecture's silence on a CFP request is a refusal after more than two months (CPCE R153-1): on the last
/// day of the two months it is still silence; from midnight in Paris the day after, a refusal.
/// </summary>
public sealed class When_a_cfp_request_goes_unanswered : RoutingSpec
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private bool Refused() => Hub.To<ProcedureAlertRaised>(PartnerCode.Drihl).Any(a => a.Code == ProcedureAlertCodes.CfpImplicitRefusal);

    private async Task<Guid> RequestedOn(string day)
    {
        var id = await OpenDossierWithCdp();
        await Hub.AdvanceAsync(Validation.ParisTime.StartOf(D(day)) - Hub.Clock.GetUtcNow() + TimeSpan.FromHours(10));
        await Hub.SubmitAsync(Fresh.Stage(id, ProcedureStage.CfpRequested, D(day)));
        return id;
    }

    private Task AdvanceTo(string instant) =>
        Hub.AdvanceAsync(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture) - Hub.Clock.GetUtcNow());

    // Requested 14 January 2025: silence runs to the end of 14 March (23:00 UTC, Paris in winter time).
    [TestCase("2025-01-14", "2025-03-13T12:00:00Z", "2025-03-14T22:59:00Z", "2025-03-14T23:00:00Z")]
    // Requested 10 June 2025: to the end of 10 August (22:00 UTC, summer time).
    [TestCase("2025-06-10", "2025-08-09T12:00:00Z", "2025-08-10T21:59:00Z", "2025-08-10T22:00:00Z")]
    // Requested 30 December 2027: two months end on 29 February 2028, a leap day.
    [TestCase("2027-12-30", "2028-02-28T12:00:00Z", "2028-02-29T22:59:00Z", "2028-02-29T23:00:00Z")]
    // Requested 30 December 2026: no 29 February, the months end on the 28th.
    [TestCase("2026-12-30", "2027-02-27T12:00:00Z", "2027-02-28T22:59:00Z", "2027-02-28T23:00:00Z")]
    public async Task Should_call_the_silence_a_refusal_only_after_the_two_months(string requestedOn, string dayBefore, string lastMinute, string dayAfter)
    {
        var id = await RequestedOn(requestedOn);

        await AdvanceTo(dayBefore);
        var onTheDayBefore = Refused();
        await AdvanceTo(lastMinute);
        var onTheLastDay = Refused();
        await AdvanceTo(dayAfter);

        Assert.Multiple(() =>
        {
            Assert.That(onTheDayBefore, Is.False, "the day before the last day");
            Assert.That(onTheLastDay, Is.False, "the last day of the two months is still silence");
            Assert.That(Refused(), Is.True, "more than two months");
            Assert.That(Hub.Dossier(id).CfpGranted, Is.False);
        });
    }

    [Test]
    public async Task Should_take_a_decision_on_the_last_day_as_the_answer()
    {
        var id = await RequestedOn("2025-01-14");
        await AdvanceTo("2025-03-14T22:30:00Z");
        await Hub.SubmitAsync(Fresh.StageByAct(ProcedureStage.CfpDecided, D("2025-03-14"), PartnerCode.PrefecturePolice) with { CfpGranted = true });

        await AdvanceTo("2025-03-20T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(Refused(), Is.False);
            Assert.That(Hub.Dossier(id).CfpGranted, Is.True);
        });
    }
}
