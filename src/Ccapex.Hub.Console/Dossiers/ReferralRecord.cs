using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>A request that the CCAPEX examine the household (the routing's ExaminationReferral).</summary>
public sealed class ReferralRecord
{
    public DateTimeOffset At { get; set; }

    public string Flow { get; set; } = string.Empty;

    public PartnerCode By { get; set; }

    public Guid MessageId { get; set; }

    public List<string> Reasons { get; set; } = [];
}
