namespace Ccapex.Hub.Validation;

/// <summary>The time zone of the CCAPEX's dates: acts are dated in French local time, not UTC.</summary>
public static class ParisTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    /// <summary>The date in Paris at this instant: an act received at 00:30 in Paris is dated that day, not the UTC day before.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Midnight in Paris at the start of this day, as an instant (23:00 or 22:00 UTC the day before).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    // InvariantGlobalization does not remove tzdata; fall back to UTC only where the OS ships none.
    private static TimeZoneInfo Find() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;
}
