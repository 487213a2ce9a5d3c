namespace Ccapex.Hub.Provisioning;

/// <summary>A provisioning failure with its stable code (<see cref="ProvisioningErrorCodes"/>) and a readable reason.</summary>
public sealed class ProvisioningException : Exception
{
    public ProvisioningException(string code, string message, Exception? inner = null)
        : base(message, inner) => Code = code;

    public ProvisioningException()
        : this(ProvisioningErrorCodes.ManagementRefused, "Provisioning failed.")
    {
    }

    public ProvisioningException(string message)
        : this(ProvisioningErrorCodes.ManagementRefused, message)
    {
    }

    public ProvisioningException(string message, Exception inner)
        : this(ProvisioningErrorCodes.ManagementRefused, message, inner)
    {
    }

    public string Code { get; }
}
