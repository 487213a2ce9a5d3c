using System.Text.RegularExpressions;
using Ccapex.Hub.Charter;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

/// <summary>
/// Checks <see cref="HubOptions"/> when the host starts, before anything connects: each message
/// names the setting, the environment variable that sets it, and an example of a good value.
/// </summary>
public sealed partial class HubOptionsValidator : IValidateOptions<HubOptions>
{
    public static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (RabbitMqUriError(options.RabbitMq.Uri) is { } uriError)
        {
            failures.Add(uriError);
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add($"Hub:DataDirectory (environment variable {HubEnvironment.DataDirectory}) is empty: give the directory where the hub keeps its files, e.g. {HubEnvironment.DataDirectory}=/var/lib/ccapex-hub.");
        }

        if (options.ShutdownTimeout <= TimeSpan.Zero || options.ShutdownTimeout > MaxShutdownTimeout)
        {
            failures.Add($"Hub:ShutdownTimeout must be more than zero and at most {MaxShutdownTimeout:c}; got {options.ShutdownTimeout:c}.");
        }

        if (options.RabbitMq.PrefetchCount == 0)
        {
            failures.Add("Hub:RabbitMq:PrefetchCount must be at least 1.");
        }

        if (options.Health.Port is < 1 or > 65535)
        {
            failures.Add($"Hub:Health:Port (environment variable {HubEnvironment.HealthPort}) must be a TCP port, 1 to 65535; got {options.Health.Port}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? RabbitMqUriError(string? value)
    {
        const string setting = $"Hub:RabbitMq:Uri (environment variable {HubEnvironment.RabbitMqUri})";
        const string example = "e.g. amqp://guest:guest@127.0.0.1:5672/ (./hub broker start gives one)";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{setting} is not set: give the broker's address, {example}.";
        }

        var valid = System.Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == "amqp" || uri.Scheme == "amqps")
            && !string.IsNullOrWhiteSpace(uri.Host);
        if (!valid)
        {
            return $"{setting} must be an amqp:// or amqps:// URI with a host, {example}; got '{HidePassword(value)}'.";
        }

        // Outside this machine: no default account, no clear text (ADR 0006, "Later").
        return DeploymentSafety.BrokerProblem(uri!) is { } unsafeUri ? $"{setting} {unsafeUri}." : null;
    }

    /// <summary>The value as given, with any password replaced, so that a refused setting can be shown in logs.</summary>
    public static string HidePassword(string value) => PasswordInUserInfo().Replace(value, "$1:***@");

    [GeneratedRegex(@"(//[^:/@]*):[^@/]*@")]
    private static partial Regex PasswordInUserInfo();
}
