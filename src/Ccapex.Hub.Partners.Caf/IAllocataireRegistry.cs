using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners.Caf;

/// <summary>Port: the CAF's file of allocataires, asked about one household of a listing.</summary>
public interface IAllocataireRegistry
{
    /// <summary>The household's rights as the CAF knows them, or null when no allocataire matches it.</summary>
    ValueTask<AllocataireRights?> FindAsync(CafListingLine household, CancellationToken cancellationToken);
}
