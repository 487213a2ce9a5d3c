using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// One organisation acting under a charter role with an identity of its own (ADR 0014): one social landlord
/// among those the AORIF signs for, one bailiff office when offices connect separately. It reaches the dossiers
/// of its own tenants (by the landlord's SIREN) or of the acts it issued (by office code).
/// </summary>
public sealed record PartnerMember
{
    /// <summary>"ROLE.MEMBER", e.g. BAILLEUR_SOCIAL.PARIS_HABITAT.</summary>
    public required PartnerCode Code { get; init; }

    /// <summary>The organisation's name, for people.</summary>
    public required string Name { get; init; }

    /// <summary>The SIRENs the organisation lets under (a social landlord), each owned by one member only.</summary>
    public IReadOnlySet<string> LandlordSirens { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The office codes at the chambre départementale (a bailiff office), each owned by one member only.</summary>
    public IReadOnlySet<string> OfficeCodes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public PartnerCode Role => Code.Role;

    /// <summary>True when the landlord is this organisation (by SIREN).</summary>
    public bool Lets(Landlord? landlord) => landlord?.Siren is { } siren && LandlordSirens.Contains(siren);

    /// <summary>True when the office is one of this organisation's.</summary>
    public bool Runs(BailiffOffice? office) => office is not null && OfficeCodes.Contains(office.OfficeCode);
}
