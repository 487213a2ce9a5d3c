using Ccapex.Hub.Routing.Dossiers;
using Ccapex.Hub.Validation;

namespace Ccapex.Hub.Routing.Tests;

/// <summary>The law's counting (code de procédure civile, art. 641 and 642), the winter truce, and Paris dates.</summary>
public sealed class When_counting_the_procedure_s_delays
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [TestCase("2025-06-02", "2025-08-02")]
    [TestCase("2025-12-31", "2026-02-28")]
    [TestCase("2027-12-31", "2028-02-29")]
    [TestCase("2027-12-29", "2028-02-29")]
    [TestCase("2026-12-29", "2027-02-28")]
    [TestCase("2025-07-31", "2025-09-30")]
    public void Should_end_a_delay_in_months_on_the_same_day_number_or_the_month_s_last_day(string act, string lastDay)
    {
        Assert.That(LegalDelays.LastDayOfMonths(D(act), 2), Is.EqualTo(D(lastDay)));
    }

    [TestCase("2025-03-31", true)]
    [TestCase("2025-04-01", false)]
    [TestCase("2025-10-31", false)]
    [TestCase("2025-11-01", true)]
    [TestCase("2028-02-29", true)]
    public void Should_know_the_truce_s_first_and_last_days(string day, bool inTruce)
    {
        Assert.That(WinterTruce.Contains(D(day)), Is.EqualTo(inTruce));
    }

    [TestCase("2025-10-31", "2025-10-31")]
    [TestCase("2025-11-01", "2026-04-01")]
    [TestCase("2025-12-31", "2026-04-01")]
    [TestCase("2026-01-01", "2026-04-01")]
    [TestCase("2026-03-31", "2026-04-01")]
    [TestCase("2026-04-01", "2026-04-01")]
    public void Should_push_a_date_past_the_truce(string day, string first)
    {
        Assert.That(WinterTruce.FirstDayFrom(D(day)), Is.EqualTo(D(first)));
    }

    [TestCase("2025-06-02", null, "2025-08-03")]
    [TestCase("2025-08-30", null, "2025-10-31")]
    [TestCase("2025-08-31", null, "2026-04-01")]
    [TestCase("2027-12-29", null, "2028-04-01")]
    [TestCase("2025-06-02", "2025-09-15", "2025-09-15")]
    [TestCase("2025-06-02", "2025-07-15", "2025-08-03")]
    [TestCase("2025-06-02", "2025-12-01", "2026-04-01")]
    public void Should_find_the_earliest_eviction_after_the_cql_the_judge_and_the_truce(string cql, string? granted, string earliest)
    {
        Assert.That(LegalDelays.EarliestEviction(D(cql), 2, granted is null ? null : D(granted)), Is.EqualTo(D(earliest)));
    }

    [TestCase("2025-03-14T22:59:59Z", "2025-03-14")]
    [TestCase("2025-03-14T23:00:00Z", "2025-03-15")]
    [TestCase("2025-08-10T21:59:59Z", "2025-08-10")]
    [TestCase("2025-08-10T22:00:00Z", "2025-08-11")]
    public void Should_date_an_instant_in_paris(string instant, string day)
    {
        Assert.That(ParisTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(D(day)));
    }

    [TestCase("2025-03-15", "2025-03-14T23:00:00Z")]
    [TestCase("2025-08-11", "2025-08-10T22:00:00Z")]
    [TestCase("2028-03-01", "2028-02-29T23:00:00Z")]
    public void Should_start_a_day_at_midnight_in_paris(string day, string instant)
    {
        Assert.That(ParisTime.StartOf(D(day)), Is.EqualTo(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
