using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Routing;

/// <summary>Refuses to start with durations or thresholds that would break the charter's flows, naming the setting.</summary>
public sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        Check(errors, options.FollowUpAfterMonths is >= 1 and <= 24, $"{RoutingOptions.Section}:FollowUpAfterMonths must be 1 to 24 (charter action 23 says 6); got {options.FollowUpAfterMonths}.");
        Check(errors, options.CafListingMaxHouseholds >= 1, $"{RoutingOptions.Section}:CafListingMaxHouseholds must be at least 1; got {options.CafListingMaxHouseholds}.");
        Check(errors, options.CafListingPeriod > TimeSpan.Zero, $"{RoutingOptions.Section}:CafListingPeriod must be positive; got {options.CafListingPeriod}.");
        Check(errors, options.CafListingBatchSize is >= 1 and <= 1000, $"{RoutingOptions.Section}:CafListingBatchSize must be 1 to 1000; got {options.CafListingBatchSize}.");
        Check(errors, options.CafListingBatchWait > TimeSpan.Zero && options.CafListingBatchWait <= TimeSpan.FromSeconds(10),
            $"{RoutingOptions.Section}:CafListingBatchWait must be positive and at most 10 seconds; got {options.CafListingBatchWait}.");
        Check(errors, options.HandledMessageWindow is >= 2 and <= 100_000,
            $"{RoutingOptions.Section}:HandledMessageWindow must be 2 to 100000 (a message and its delivery take two); got {options.HandledMessageWindow}.");
        Check(errors, options.CqlDelayMonths is >= 0 and <= 12, $"{RoutingOptions.Section}:CqlDelayMonths must be 0 to 12; got {options.CqlDelayMonths}.");
        Check(errors, options.LandlordReferralMonthsBeforeAssignation is >= 1 and <= 12, $"{RoutingOptions.Section}:LandlordReferralMonthsBeforeAssignation must be 1 to 12; got {options.LandlordReferralMonthsBeforeAssignation}.");
        Check(errors, options.CfpSilenceMonths is >= 1 and <= 12, $"{RoutingOptions.Section}:CfpSilenceMonths must be 1 to 12; got {options.CfpSilenceMonths}.");
        Check(errors, options.DaloReviewLeadBeforeCfpDecision >= TimeSpan.Zero && options.DaloReviewLeadBeforeCfpDecision <= TimeSpan.FromDays(60),
            $"{RoutingOptions.Section}:DaloReviewLeadBeforeCfpDecision must be 0 to 60 days; got {options.DaloReviewLeadBeforeCfpDecision}.");
        Check(errors, !string.IsNullOrWhiteSpace(options.AwarenessLetterTemplate), $"{RoutingOptions.Section}:AwarenessLetterTemplate is required.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, bool ok, string message)
    {
        if (!ok)
        {
            errors.Add(message);
        }
    }
}
