using System.Text.RegularExpressions;
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

    public static ProvisioningOptions Read(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var management = variable(ManagementUri);
        if (string.IsNullOrWhiteSpace(management) || !Uri.TryCreate(management, UriKind.Absolute, out var managementUri) || managementUri.Scheme is not ("http" or "https"))
        {
            throw new SettingException(ManagementUri, "must be the management API with a privileged account, such as http://admin:secret@127.0.0.1:15672/");
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

        var declaring = new HashSet<PartnerCode>();
        foreach (var code in (variable(Declaring) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            declaring.Add(PartnerCode.TryParse(code, out var partner)
                ? partner
                : throw new SettingException(Declaring, $"names '{code}', which is no partner code; known: {string.Join(", ", PartnerCode.All)}"));
        }

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
            Declaring = declaring,
        };
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex PrefixPattern();
}
