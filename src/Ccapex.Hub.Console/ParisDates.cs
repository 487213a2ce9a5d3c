using System.Globalization;

namespace Ccapex.Hub.Console;

/// <summary>Dates as the secretariat reads them: Europe/Paris, dd/mm/yyyy (and HH:mm for an instant).</summary>
public static class ParisDates
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? day) => day is { } d ? Date(d) : string.Empty;

    public static string Date(DateTimeOffset instant) => Date(Day(instant));

    public static string DateTime(DateTimeOffset instant) => Local(instant).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The Monday of the week holding <paramref name="day"/> (weeks run Monday to Sunday in France).</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
