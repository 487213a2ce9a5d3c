namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>The winter truce (trêve hivernale, CPCE L412-6): no eviction from 1 November to 31 March inclusive.</summary>
public static class WinterTruce
{
    public static bool Contains(DateOnly date) => date.Month is >= 11 or <= 3;

    /// <summary>The date itself outside the truce; inside it, the 1st of April that ends it.</summary>
    public static DateOnly FirstDayFrom(DateOnly date) => !Contains(date)
        ? date
        : new DateOnly(date.Month >= 11 ? date.Year + 1 : date.Year, 4, 1);
}
