using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Who owns the dwelling: the CDP notification duty (law 2023-668) applies to private persons.</summary>
[JsonConverter(typeof(ContractEnumConverter<LandlordKind>))]
public enum LandlordKind
{
    /// <summary>A private person (bailleur personne physique), or a family SCI.</summary>
    PrivatePerson,
    /// <summary>A company that is not a social landlord.</summary>
    Company,
    /// <summary>A social landlord (bailleur social, member of the AORIF).</summary>
    SocialLandlord,
}
