using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>
/// A name as the matching compares it: the hub's one folding (<see cref="MatchText"/>) without spaces
/// ("Lefèvre-Œuvray" → "LEFEVREOEUVRAY").
/// </summary>
internal static class NameKey
{
    public static string Fold(string? text) => MatchText.Compact(text);

    /// <summary>The key of a person at a postal code: what identifies an allocataire when the listing has no number.</summary>
    public static string Person(string lastName, string firstName, string postalCode) => $"{Fold(lastName)}|{Fold(firstName)}|{postalCode.Trim()}";
}
