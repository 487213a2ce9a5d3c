using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>What came of the social diagnosis before the hearing (F16).</summary>
[JsonConverter(typeof(ContractEnumConverter<SocialDiagnosisOutcome>))]
public enum SocialDiagnosisOutcome
{
    /// <summary>The household was met and the diagnosis written.</summary>
    Completed,
    /// <summary>The household could not be reached (letters and visits unanswered).</summary>
    HouseholdNotReached,
    /// <summary>The household declined the diagnosis.</summary>
    HouseholdDeclined,
}
