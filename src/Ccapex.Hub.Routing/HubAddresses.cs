using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Routing;

/// <summary>
/// Queue names of the hub. Everything starts with "ccapex." so broker permissions can be written as
/// regular expressions over names a partner owns (ccapex.caf.in for what the CAF reads).
/// </summary>
public static class HubAddresses
{
    public const string DossierQueue = "ccapex.routing.dossier";

    public const string CafListingQueue = "ccapex.routing.caf-listing";

    /// <summary>The durable queue a partner reads its deliveries from.</summary>
    public static string PartnerQueue(PartnerCode partner) =>
        $"ccapex.{partner.Value.ToLowerInvariant().Replace('_', '-')}.in";

    public static string Queue(string name) => $"queue:{name}";

    /// <summary>The queue where the hub takes one message type from partners, e.g. ccapex.intake.submit-cdp-notification.</summary>
    public static string IntakeQueue(Type messageType) => "ccapex.intake." + Kebab(messageType.Name);

    public static string Kebab(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
