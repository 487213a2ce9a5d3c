using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>One recipient of a flow and the fields of the message it may see.</summary>
public sealed record RecipientRule
{
    public required RecipientKind Kind { get; init; }

    /// <summary>The partner, when <see cref="Kind"/> is <see cref="RecipientKind.Partner"/>.</summary>
    public PartnerCode? Partner { get; init; }

    /// <summary>For ADDRESSEES and INVOLVED: the only partners that may be chosen.</summary>
    public IReadOnlySet<PartnerCode> Among { get; init; } = new HashSet<PartnerCode>();

    /// <summary>JSON property names the recipient sees; null means all ("*").</summary>
    public IReadOnlySet<string>? Fields { get; init; }

    /// <summary>For F11: each addressee sees only the recommendations addressed to it.</summary>
    public bool OwnRecommendationsOnly { get; init; }

    public bool MaySee(string jsonProperty) => Fields is null || Fields.Contains(jsonProperty);
}
