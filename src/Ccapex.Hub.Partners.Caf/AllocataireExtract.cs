using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>One loaded extract: the allocataires by number and by person (names and postal code).</summary>
public sealed class AllocataireExtract
{
    private readonly Dictionary<string, AllocataireRights> _byNumber;
    private readonly Dictionary<string, AllocataireRights> _byPerson;

    public AllocataireExtract(IReadOnlyList<(AllocataireRights Rights, string PersonKey)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _byNumber = rows.ToDictionary(r => r.Rights.AllocataireNumber, r => r.Rights, StringComparer.Ordinal);

        // Two allocataires of the same name at the same postal code: the name alone cannot tell them apart, so it matches neither.
        _byPerson = rows.GroupBy(r => r.PersonKey, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single().Rights, StringComparer.Ordinal);
    }

    public int Count => _byNumber.Count;

    /// <summary>By the allocataire number the listing carries, else by any tenant's names at the dwelling's postal code.</summary>
    public AllocataireRights? Find(CafListingLine household)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (household.CafAllocataireNumber is { Length: > 0 } number && _byNumber.TryGetValue(number.Trim(), out var byNumber))
        {
            return byNumber;
        }

        foreach (var tenant in household.Tenants)
        {
            if (_byPerson.TryGetValue(NameKey.Person(tenant.LastName, tenant.FirstName, household.Address.PostalCode), out var byPerson))
            {
                return byPerson;
            }
        }

        return null;
    }
}
