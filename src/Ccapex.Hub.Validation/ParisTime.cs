namespace Ccapex.Hub.Validation;

/// <summary>The time zone of the CCAPEX's dates: acts are dated in French local time, not UTC.</summary>
public static class ParisTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    // InvariantGlobalization does not remove tzdata; fall back to UTC only where the OS ships none.
    private static TimeZoneInfo Find() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc;
}
