using Ccapex.Hub.Partners.Caf;

namespace Ccapex.Hub.Partners.Tests;

/// <summary>A CAF system that fails its first <c>failures</c> lookups (an outage), then knows nobody.</summary>
internal sealed class FlakyRegistry(int failures) : IAllocataireRegistry
{
    private int _calls;

    public int Calls => _calls;

    public ValueTask<AllocataireRights?> FindAsync(CafListingLine household, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _calls) <= failures
            ? throw new TimeoutException("The CAF's registry did not answer.")
            : ValueTask.FromResult<AllocataireRights?>(null);
}
