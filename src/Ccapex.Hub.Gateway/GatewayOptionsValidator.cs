using System.Globalization;
using System.Net;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Gateway;

/// <summary>Checks the settings at start, each failure naming the setting, so a bad key table never serves a request.</summary>
public sealed class GatewayOptionsValidator(CharterRules rules) : IValidateOptions<GatewayOptions>
{
    public GatewayOptionsValidator()
        : this(GatewayRules.Load())
    {
    }

    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IPAddress.TryParse(options.BindAddress, out _))
        {
            failures.Add($"Gateway:BindAddress must be an IP address; got '{options.BindAddress}'.");
        }

        // Outside this machine: no default account, no clear text (ADR 0006, "Later"); the form is checked in AddGatewayMessaging.
        if (Uri.TryCreate(options.RabbitMqUri, UriKind.Absolute, out var broker) && broker.Scheme is "amqp" or "amqps" && DeploymentSafety.BrokerProblem(broker) is { } unsafeBroker)
        {
            failures.Add($"Gateway:RabbitMqUri ({GatewayEnvironment.RabbitMqUri}) {unsafeBroker}.");
        }

        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"Gateway:Port ({GatewayEnvironment.Port}) must be 0 to 65535; got {options.Port}.");
        }

        if (options.ReceiptWait < TimeSpan.Zero || options.MaxSingleBodyBytes <= 0 || options.MaxBatchBodyBytes < options.MaxSingleBodyBytes || options.MaxBatchItems <= 0)
        {
            failures.Add("Gateway:ReceiptWait must not be negative, the body limits positive (batch at least single), MaxBatchItems positive.");
        }

        var limits = options.RateLimit;
        if (limits is null || limits.PartnerPermitLimit <= 0 || limits.AnonymousPermitLimit <= 0 || limits.AnonymousPermitLimit > limits.PartnerPermitLimit
            || limits.Window < TimeSpan.FromSeconds(1) || limits.Window > TimeSpan.FromHours(1))
        {
            failures.Add("Gateway:RateLimit: PartnerPermitLimit and AnonymousPermitLimit must be positive, the anonymous one at most the partner one, and Window 00:00:01 to 01:00:00.");
        }

        foreach (var (partner, hashes) in options.ApiKeys)
        {
            // A key is an identity's: a role without members, or a member the rules list (ADR 0014).
            if (!PartnerCode.TryParse(partner, out var code) || !rules.IsIdentity(code))
            {
                failures.Add($"Gateway:ApiKeys:{partner} is not a partner of the charter rules; known: {string.Join(", ", rules.Partners)}.");
            }

            for (var i = 0; i < hashes.Length; i++)
            {
                if (hashes[i].Length != 64 || !hashes[i].All(char.IsAsciiHexDigit))
                {
                    failures.Add($"Gateway:ApiKeys:{partner}:{i.ToString(CultureInfo.InvariantCulture)} must be the SHA-256 of the key in hex (64 characters), not the key itself.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
