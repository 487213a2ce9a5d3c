using System.Text.Json;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>A listing line as a saga item: grouped by listing, keyed by dossier (one line per dossier and listing).</summary>
public static class CafListingLineItem
{
    public static SagaItem From(Guid listingId, CafListingLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new SagaItem(listingId, line.DossierId, JsonSerializer.Serialize(line, ContractJson.Options));
    }

    public static CafListingLine Line(string body) =>
        JsonSerializer.Deserialize<CafListingLine>(body, ContractJson.Options)
        ?? throw new InvalidOperationException("A stored CAF listing line is JSON null.");
}
