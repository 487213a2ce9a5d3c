namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>Stable codes of <see cref="Contracts.ProcedureAlertRaised"/>.</summary>
public static class ProcedureAlertCodes
{
    public const string AssignationTooEarly = "delay.assignation_too_early";

    /// <summary>A company landlord assigns for arrears without having referred the household to the CCAPEX two months before (art. 24 II).</summary>
    public const string AssignationBeforeLandlordReferral = "delay.assignation_before_landlord_referral";
    public const string HearingNoticeTooShort = "delay.hearing_notice_too_short";
    public const string CfpRequestedTooEarly = "delay.cfp_requested_too_early";

    /// <summary>An eviction reported before the CQL's two months or the delay the judge granted are over.</summary>
    public const string EvictionTooEarly = "delay.eviction_too_early";

    /// <summary>A CFP granted for use (its eviction date) before the CQL's two months or the judge's delay are over.</summary>
    public const string CfpUseTooEarly = "delay.cfp_use_too_early";
    public const string CfpImplicitRefusal = "cfp.implicit_refusal";
    public const string WinterTruce = "winter_truce.eviction";
    public const string DaloNotRehoused = "dalo.not_rehoused";
}
