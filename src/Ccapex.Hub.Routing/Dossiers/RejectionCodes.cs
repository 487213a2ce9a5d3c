namespace Ccapex.Hub.Routing;

/// <summary>Stable codes of the hub's refusals; partners' programs act on these, so they never change meaning.</summary>
public static class RejectionCodes
{
    public const string ValidationFailed = "validation.failed";
    public const string SenderNotAllowed = "rule.sender_not_allowed";
    /// <summary>The body's sender is not the partner whose broker account published the message.</summary>
    public const string SenderNotAuthenticated = "rule.sender_not_authenticated";
    public const string HubOnly = "rule.hub_only";
    public const string NotExpected = "rule.not_expected";
    public const string DossierUnknown = "dossier.unknown";

    /// <summary>A recommendation's addressee is no identity of the rules, or a role none of whose organisations the dossier names.</summary>
    public const string AddresseeUnknown = "rule.addressee_unknown";
    public const string DossierNotFound = "dossier.not_found";
}
