namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>
/// The procedure's delays counted as the law counts them (code de procédure civile, art. 641 and 642): the day of
/// the act does not count; a delay in months ends on the day of the last month that bears the act's day number, or
/// that month's last day when it has none (a CQL of 31 December ends on 28 or 29 February); a delay in weeks ends on
/// the act's weekday; every delay runs to the end of its last day, so what it holds back is lawful the day after.
/// </summary>
public static class LegalDelays
{
    /// <summary>The last day of a delay of <paramref name="months"/> months running from <paramref name="act"/>.</summary>
    public static DateOnly LastDayOfMonths(DateOnly act, int months) => act.AddMonths(months);

    /// <summary>The last day of a delay of <paramref name="days"/> days (six weeks: 42) running from <paramref name="act"/>.</summary>
    public static DateOnly LastDayOfDays(DateOnly act, int days) => act.AddDays(days);

    /// <summary>
    /// The first day an eviction may lawfully take place: the day after the CQL's two months (CPCE L412-1), or the
    /// end of the delay the judge granted (L412-3) when later, pushed past the winter truce (L412-6).
    /// </summary>
    public static DateOnly EarliestEviction(DateOnly cql, int cqlMonths, DateOnly? grantedNotBefore) =>
        WinterTruce.FirstDayFrom(EndOfDelays(cql, cqlMonths, grantedNotBefore));

    /// <summary>The first day both delays (the CQL's months and the judge's) are over, before the truce is applied.</summary>
    public static DateOnly EndOfDelays(DateOnly cql, int cqlMonths, DateOnly? grantedNotBefore)
    {
        var afterCql = LastDayOfMonths(cql, cqlMonths).AddDays(1);
        return grantedNotBefore is { } granted && granted > afterCql ? granted : afterCql;
    }
}
