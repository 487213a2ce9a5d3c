using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing.Listings;

/// <summary>A dossier asks for its household to be put on the next CAF listing (F3).</summary>
public sealed record QueueCafListingLine
{
    public required CafListingLine Line { get; init; }
}
