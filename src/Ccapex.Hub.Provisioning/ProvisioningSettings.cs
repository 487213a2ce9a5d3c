using System.Text.RegularExpressions;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Provisioning;

/// <summary>
/// Reads <see cref="ProvisioningOptions"/> from the CCAPEX_* variables the hub script exports, refusing a bad
/// value with a <see cref="SettingException"/> that names the variable (the tool then exits with code 2).
/// </summary>
public static partial class ProvisioningSettings
{
    public const string ManagementUri = "CCAPEX_RABBITMQ_MANAGEMENT_URI";
    public const string RabbitMqUri = "CCAPEX_RABBITMQ_URI";
    public const string DataDirectory = "CCAPEX_DATA_DIR";
    public const string UserPrefix = "CCAPEX_PARTNERS_USER_PREFIX";
    public const string Credentials = "CCAPEX_PARTNERS_CREDENTIALS";
    public const string Declaring = "CCAPEX_PARTNERS_DECLARING";
    public const string RulesFile = "CCAPEX_RULES_FILE";
    public const string WebhookPartners = "CCAPEX_PARTNERS_WEBHOOK";
    public const string MaxConnections = "CCAPEX_PARTNERS_MAX_CONNECTIONS";
    public const string MaxChannels = "CCAPEX_PARTNERS_MAX_CHANNELS";
    public const string IntakeMaxLength = "CCAPEX_INTAKE_MAX_LENGTH";
    public const string InboxMaxLength = "CCAPEX_INBOX_MAX_LENGTH";

    public static ProvisioningOptions Read(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var management = variable(ManagementUri);
        if (string.IsNullOrWhiteSpace(management) || !Uri.TryCreate(management, UriKind.Absolute, out var managementUri) || managementUri.Scheme is not ("http" or "https"))
        {
            throw new SettingException(ManagementUri, "must be the management API with a privileged account, such as http://admin:secret@127.0.0.1:15672/");
        }

        if (DeploymentSafety.ManagementProblem(managementUri) is { } unsafeManagement)
        {
            throw new SettingException(ManagementUri, unsafeManagement);
        }

        var amqp = variable(RabbitMqUri);
        var virtualHost = "/";
        if (!string.IsNullOrWhiteSpace(amqp))
        {
            if (!Uri.TryCreate(amqp, UriKind.Absolute, out var amqpUri) || amqpUri.Scheme is not ("amqp" or "amqps"))
            {
                throw new SettingException(RabbitMqUri, "must be an amqp:// URI whose path is the hub's virtual host");
            }

            var path = Uri.UnescapeDataString(amqpUri.AbsolutePath.TrimStart('/'));
            virtualHost = path.Length == 0 ? "/" : path;
        }

        var prefix = variable(UserPrefix);
        prefix = string.IsNullOrWhiteSpace(prefix) ? "ccapex-" : prefix;
        if (!PrefixPattern().IsMatch(prefix))
        {
            throw new SettingException(UserPrefix, "must be letters, digits, '.', '-' or '_' (a user name prefix such as ccapex-)");
        }

        var defaults = new BrokerLimits();
        var limits = new BrokerLimits
        {
            MaxConnections = Count(variable, MaxConnections, defaults.MaxConnections),
            MaxChannels = Count(variable, MaxChannels, defaults.MaxChannels),
            IntakeMaxLength = Count(variable, IntakeMaxLength, defaults.IntakeMaxLength),
            InboxMaxLength = Count(variable, InboxMaxLength, defaults.InboxMaxLength),
        };

        var credentials = variable(Credentials);
        if (string.IsNullOrWhiteSpace(credentials))
        {
            var data = variable(DataDirectory);
            credentials = Path.Combine(string.IsNullOrWhiteSpace(data) ? Path.Combine(".hub") : data, "partners", "credentials.json");
        }

        return new ProvisioningOptions
        {
            ManagementUri = managementUri,
            VirtualHost = virtualHost,
            UserPrefix = prefix,
            CredentialsPath = Path.GetFullPath(credentials),
            Declaring = Partners(variable, Declaring),
            WebhookPartners = Partners(variable, WebhookPartners),
            Limits = limits,
        };
    }

    private static HashSet<PartnerCode> Partners(Func<string, string?> variable, string name)
    {
        var partners = new HashSet<PartnerCode>();
        foreach (var code in (variable(name) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            partners.Add(PartnerCode.TryParse(code, out var partner)
                ? partner
                : throw new SettingException(name, $"names '{code}', which is no partner code; known: {string.Join(", ", PartnerCode.All)}"));
        }

        return partners;
    }

    /// <summary>A whole number from 1 to <see cref="BrokerLimits.MaxValue"/>, or the default when the variable is unset.</summary>
    private static int Count(Func<string, string?> variable, string name, int fallback)
    {
        var text = variable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= BrokerLimits.MaxValue
            ? value
            : throw new SettingException(name, $"must be a whole number from 1 to {BrokerLimits.MaxValue} (default {fallback}); got '{text}'");
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex PrefixPattern();
}
