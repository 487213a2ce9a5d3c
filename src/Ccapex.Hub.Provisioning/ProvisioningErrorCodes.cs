namespace Ccapex.Hub.Provisioning;

/// <summary>Stable codes of provisioning failures: scripts and operators act on them, so they never change meaning.</summary>
public static class ProvisioningErrorCodes
{
    public const string ManagementUnreachable = "provisioning.management_unreachable";
    public const string NotAdministrator = "provisioning.not_administrator";
    public const string UnknownPartner = "provisioning.unknown_partner";
    public const string VirtualHostMissing = "provisioning.vhost_missing";
    public const string ManagementRefused = "provisioning.management_refused";
    public const string CredentialsUnreadable = "provisioning.credentials_unreadable";
}
