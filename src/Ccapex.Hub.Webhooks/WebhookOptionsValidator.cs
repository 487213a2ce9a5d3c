using System.Net;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// Checks the worker's settings at start, before anything connects: each failure names its setting.
/// A partner code the hub does not know, a URL that is not https (plain http only to a loopback host),
/// a secret shorter than 32 bytes or a policy Polly would refuse stops the start (exit code 2).
/// </summary>
public sealed class WebhookOptionsValidator(CharterRules rules) : IValidateOptions<WebhookOptions>
{
    public WebhookOptionsValidator()
        : this(CharterRulesLoader.LoadConfigured())
    {
    }

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (BrokerUriError(options.RabbitMqUri) is { } uriError)
        {
            failures.Add(uriError);
        }

        if (options.ShutdownTimeout <= TimeSpan.Zero || options.ShutdownTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Webhooks:ShutdownTimeout must be more than zero and at most 00:10:00; got {options.ShutdownTimeout:c}.");
        }

        if (options.Partners.Count == 0)
        {
            failures.Add("Webhooks:Partners registers no partner: add Webhooks:Partners:<CODE>:Url and :Secret for each partner served by webhook.");
        }

        foreach (var (code, partner) in options.Partners)
        {
            var setting = $"Webhooks:Partners:{code}";
            if (!PartnerCode.TryParse(code, out var partnerCode) || !rules.IsIdentity(partnerCode))
            {
                failures.Add($"{setting}: unknown partner code '{code}'. Known codes: {string.Join(", ", rules.Partners)}.");
                continue;
            }

            if (UrlError(setting, partner.Url) is { } urlError)
            {
                failures.Add(urlError);
            }

            if (PartnerSecret.Read(setting, partner).Error is { } secretError)
            {
                failures.Add(secretError);
            }

            failures.AddRange(PolicyErrors($"{setting}:{DeliveryPolicy.Section}", partner.Delivery));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Null when the broker URI is usable; shared with the operator's commands.</summary>
    public static string? BrokerUriError(string? value)
    {
        const string setting = $"{WebhookEnvironment.RabbitMqUriKey} (environment variable {WebhookEnvironment.RabbitMqUri})";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{setting} is not set: give the hub's broker, e.g. amqp://guest:guest@127.0.0.1:5672/.";
        }

        var valid = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" && uri.Host.Length > 0;
        if (!valid)
        {
            return $"{setting} must be an amqp:// or amqps:// URI with a host.";
        }

        // Outside this machine: no default account, no clear text (ADR 0006, "Later").
        return DeploymentSafety.BrokerProblem(uri!) is { } unsafeUri ? $"{setting} {unsafeUri}." : null;
    }

    private static string? UrlError(string setting, string? value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Host.Length == 0)
        {
            return $"{setting}:Url must be the partner's absolute https:// address; got '{value}'.";
        }

        // Plain http leaks the personal data of households: only to this machine, for development and tests.
        var loopback = url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));
        return url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && loopback)
            ? null
            : $"{setting}:Url must use https:// (http:// is allowed only to a loopback host, for development and tests); got '{value}'.";
    }

    private static IEnumerable<string> PolicyErrors(string setting, DeliveryPolicy policy)
    {
        if (policy.AttemptTimeout < TimeSpan.FromMilliseconds(10) || policy.AttemptTimeout > TimeSpan.FromHours(1))
        {
            yield return $"{setting}:AttemptTimeout must be from 00:00:00.010 to 01:00:00; got {policy.AttemptTimeout:c}.";
        }

        if (policy.TotalTimeout < policy.AttemptTimeout || policy.TotalTimeout > TimeSpan.FromDays(1))
        {
            yield return $"{setting}:TotalTimeout must be at least AttemptTimeout and at most one day; got {policy.TotalTimeout:c}.";
        }

        if (policy.MaxAttempts is < 1 or > 100)
        {
            yield return $"{setting}:MaxAttempts must be from 1 to 100; got {policy.MaxAttempts}.";
        }

        if (policy.RetryDelay < TimeSpan.Zero || policy.RetryMaxDelay < policy.RetryDelay)
        {
            yield return $"{setting}:RetryDelay must not be negative nor above RetryMaxDelay; got {policy.RetryDelay:c} and {policy.RetryMaxDelay:c}.";
        }

        if (policy.BreakFailureRatio is <= 0 or > 1)
        {
            yield return $"{setting}:BreakFailureRatio must be more than 0 and at most 1; got {policy.BreakFailureRatio}.";
        }

        if (policy.BreakMinimumThroughput < 2)
        {
            yield return $"{setting}:BreakMinimumThroughput must be at least 2; got {policy.BreakMinimumThroughput}.";
        }

        if (policy.BreakSamplingDuration < TimeSpan.FromMilliseconds(500) || policy.BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return $"{setting}:BreakSamplingDuration and BreakDuration must be at least 00:00:00.500; got {policy.BreakSamplingDuration:c} and {policy.BreakDuration:c}.";
        }

        if (policy.BreakMaxDuration < policy.BreakDuration || policy.BreakMaxDuration > TimeSpan.FromDays(1))
        {
            yield return $"{setting}:BreakMaxDuration must be at least BreakDuration and at most one day; got {policy.BreakMaxDuration:c}.";
        }
    }
}
