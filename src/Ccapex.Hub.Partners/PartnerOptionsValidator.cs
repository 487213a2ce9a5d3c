using Ccapex.Hub.Charter;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Partners;

/// <summary>Checks <see cref="PartnerOptions"/> when the worker starts: each failure names the setting and a good value.</summary>
public sealed class PartnerOptionsValidator : IValidateOptions<PartnerOptions>
{
    public static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, PartnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var uri = options.RabbitMq.Uri;
        if (string.IsNullOrWhiteSpace(uri))
        {
            failures.Add("Hub:RabbitMq:Uri is not set: give the hub's broker, e.g. amqp://127.0.0.1:5672/ with Hub:RabbitMq:Username and Hub:RabbitMq:Password.");
        }
        else if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("amqp" or "amqps") || parsed.Host.Length == 0)
        {
            failures.Add($"Hub:RabbitMq:Uri must be an amqp:// or amqps:// URI with a host, e.g. amqp://127.0.0.1:5672/; got '{HidePassword(uri)}'.");
        }
        else if (DeploymentSafety.BrokerProblem(parsed, string.IsNullOrEmpty(options.RabbitMq.Username) ? null : options.RabbitMq.Username) is { } unsafeUri)
        {
            // Outside this machine: no default account, no clear text (ADR 0006, "Later").
            failures.Add($"Hub:RabbitMq:Uri {unsafeUri}.");
        }

        if (!string.IsNullOrEmpty(options.RabbitMq.Username) && string.IsNullOrEmpty(options.RabbitMq.Password))
        {
            failures.Add("Hub:RabbitMq:Password is empty while Hub:RabbitMq:Username is set: give the partner's broker password.");
        }

        if (options.RabbitMq.PrefetchCount == 0)
        {
            failures.Add("Hub:RabbitMq:PrefetchCount must be at least 1.");
        }

        if (options.PartnerExchange is { Length: > 0 } exchange && !exchange.StartsWith(BrokerNames.PartnerExchangePrefix, StringComparison.Ordinal))
        {
            failures.Add($"Hub:PartnerExchange must name the partner's exchange on the hub, e.g. ccapex.partner.caf; got '{exchange}'.");
        }

        if (options.ShutdownTimeout <= TimeSpan.Zero || options.ShutdownTimeout > MaxShutdownTimeout)
        {
            failures.Add($"Hub:ShutdownTimeout must be more than zero and at most {MaxShutdownTimeout:c}; got {options.ShutdownTimeout:c}.");
        }

        if (!Enum.IsDefined(options.FollowUp.Situation))
        {
            failures.Add($"Hub:FollowUp:Situation must be one of {string.Join(", ", Enum.GetNames<Contracts.FollowUpSituation>())}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The value with any password in its user part replaced, fit for an error message.</summary>
    public static string HidePassword(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var scheme = value.IndexOf("//", StringComparison.Ordinal);
        if (at < 0 || scheme < 0 || at < scheme)
        {
            return value;
        }

        var colon = value.IndexOf(':', scheme + 2);
        return colon > 0 && colon < at ? string.Concat(value.AsSpan(0, colon + 1), "***", value.AsSpan(at)) : value;
    }
}
