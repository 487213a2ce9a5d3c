using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>
/// Finds dossiers by a tenant's name, an act reference, a postcode or a dossier id, after the hub's one folding
/// (<see cref="MatchText"/>: case, accents and punctuation ignored). Every word of a name must start a word of the
/// tenants' names ("benal kar" finds Karima Benali); an act reference matches without its punctuation, in part from
/// six characters; a dossier id in full or from its first eight characters.
/// </summary>
public static class DossierSearch
{
    public const int MaxResults = 50;

    public static IReadOnlyList<DossierRecord> Find(IEnumerable<DossierRecord> dossiers, string? query)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var folded = MatchText.Fold(query);
        if (folded.Length == 0)
        {
            return [];
        }

        var compact = folded.Replace(" ", string.Empty, StringComparison.Ordinal);
        var words = folded.Split(' ');
        var id = Guid.TryParse(query?.Trim(), out var parsed) ? parsed : (Guid?)null;
        var idPrefix = compact.Length >= 8 && compact.All(Uri.IsHexDigit) ? compact.ToLowerInvariant() : null;
        var postcode = compact.Length == 5 && compact.All(char.IsAsciiDigit) ? compact : null;

        bool Matches(DossierRecord d) =>
            d.CorrelationId == id
            || (idPrefix is not null && d.CorrelationId.ToString("N").StartsWith(idPrefix, StringComparison.Ordinal))
            || (postcode is not null && d.Household?.Address.PostalCode == postcode)
            || ActMatches(d, compact)
            || NameMatches(d, words);

        return dossiers.Where(Matches).OrderByDescending(d => d.OpenedAt).ThenBy(d => d.CorrelationId).Take(MaxResults).ToList();
    }

    private static bool ActMatches(DossierRecord dossier, string compact)
    {
        var acts = dossier.CdpActReferences.Append(dossier.CdpActReference).OfType<string>().Select(MatchText.Compact);
        return acts.Any(a => a == compact || (compact.Length >= 6 && a.Contains(compact, StringComparison.Ordinal)));
    }

    private static bool NameMatches(DossierRecord dossier, string[] words)
    {
        if (dossier.Household is null || words.Any(w => w.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var names = dossier.Household.Tenants.SelectMany(t => MatchText.Fold($"{t.LastName} {t.FirstName}").Split(' ')).ToList();
        return words.All(w => names.Any(n => n.StartsWith(w, StringComparison.Ordinal)));
    }
}
