using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// One partner's Polly pipeline, outermost first: total timeout, retry (exponential back-off with jitter on
/// 5xx/408/429, network errors and attempt timeouts, within the message's attempt budget), circuit breaker
/// (its own per partner: one dead endpoint opens only its own circuit), attempt timeout.
/// </summary>
internal static class DeliveryPipeline
{
    /// <summary>The attempts of the message being executed, for the retry's attempt budget.</summary>
    public static readonly ResiliencePropertyKey<DeliveryAttempts> AttemptsKey = new("ccapex.webhooks.attempts");

    public static ResiliencePipeline<AttemptResult> Build(DeliveryPolicy policy, CircuitBreakerStateProvider circuit, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new ResiliencePipelineBuilder<AttemptResult> { TimeProvider = clock }
            .AddTimeout(policy.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<AttemptResult>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) && WithinBudget(args.Context, policy)),
                MaxRetryAttempts = Math.Max(1, policy.MaxAttempts),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = policy.RetryDelay,
                MaxDelay = policy.RetryMaxDelay,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<AttemptResult>
            {
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                FailureRatio = policy.BreakFailureRatio,
                MinimumThroughput = policy.BreakMinimumThroughput,
                SamplingDuration = policy.BreakSamplingDuration,
                BreakDurationGenerator = args => ValueTask.FromResult(BreakFor(policy, args.HalfOpenAttempts)),
                StateProvider = circuit,
            })
            .AddTimeout(policy.AttemptTimeout)
            .Build();
    }

    /// <summary>A failure another attempt may cure. A permanent refusal, an open circuit or a stop is not one.</summary>
    public static bool IsTransient(Outcome<AttemptResult> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { IsTransient: true },
        HttpRequestException or TimeoutRejectedException => true,
        _ => false,
    };

    /// <summary>The break after <paramref name="failedProbes"/> failed probes in a row: BreakDuration doubled each time, capped by BreakMaxDuration.</summary>
    public static TimeSpan BreakFor(DeliveryPolicy policy, int failedProbes)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var doubled = policy.BreakDuration * Math.Pow(2, Math.Clamp(failedProbes, 0, 30));
        return doubled < policy.BreakMaxDuration ? doubled : policy.BreakMaxDuration;
    }

    private static bool WithinBudget(ResilienceContext context, DeliveryPolicy policy) =>
        context.Properties.TryGetValue(AttemptsKey, out var attempts) && attempts.Count < policy.MaxAttempts;
}
