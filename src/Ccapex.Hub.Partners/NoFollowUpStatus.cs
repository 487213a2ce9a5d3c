using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners;

/// <summary>The reference adapter: knows nothing, so every follow-up gets the configured default answer.</summary>
public sealed class NoFollowUpStatus : IFollowUpStatusSource
{
    public ValueTask<FollowUpAnswer?> FindAsync(RequestSixMonthFollowUp request, CancellationToken cancellationToken) =>
        ValueTask.FromResult<FollowUpAnswer?>(null);
}
