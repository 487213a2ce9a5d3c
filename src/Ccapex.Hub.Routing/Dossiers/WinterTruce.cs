namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>The winter truce (trêve hivernale): no eviction from 1 November to 31 March inclusive.</summary>
public static class WinterTruce
{
    public static bool Contains(DateOnly date) => date.Month is >= 11 or <= 3;
}
