using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Partners;

/// <summary>Port: the partner's own knowledge of a household six months after its examination (F14).</summary>
public interface IFollowUpStatusSource
{
    /// <summary>The situation to report, or null when the partner's system knows nothing (the configured default answers).</summary>
    ValueTask<FollowUpAnswer?> FindAsync(RequestSixMonthFollowUp request, CancellationToken cancellationToken);
}
