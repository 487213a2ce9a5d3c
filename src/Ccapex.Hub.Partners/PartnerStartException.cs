namespace Ccapex.Hub.Partners;

/// <summary>An adapter cannot work with what it was given (an unreadable extract, a missing folder): the operator's to fix, exit code 2.</summary>
public sealed class PartnerStartException : Exception
{
    public PartnerStartException()
    {
    }

    public PartnerStartException(string message)
        : base(message)
    {
    }

    public PartnerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
