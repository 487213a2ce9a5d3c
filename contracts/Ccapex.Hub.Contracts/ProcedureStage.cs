using System.Text.Json.Serialization;

namespace Ccapex.Hub.Contracts;

/// <summary>Stages of the eviction procedure, in legal order.</summary>
[JsonConverter(typeof(ContractEnumConverter<ProcedureStage>))]
public enum ProcedureStage
{
    RentArrears,
    CommandementDePayer,
    Assignation,
    Judgment,
    /// <summary>CQL, commandement de quitter les lieux: two months before an eviction can proceed.</summary>
    CommandementDeQuitterLesLieux,
    /// <summary>The landlord asked the préfet for police assistance (CFP, concours de la force publique).</summary>
    CfpRequested,
    /// <summary>The préfet decided on the CFP request (two months of silence is a refusal).</summary>
    CfpDecided,
    EvictionCarriedOut,
    /// <summary>The threat is over: debt paid, plan respected, household rehoused or procedure abandoned.</summary>
    Resolved,
}
