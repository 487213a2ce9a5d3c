using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Charter;

/// <summary>
/// Which partner may reach which dossier (issue 10, item 3). A partner reaches a dossier it is already involved
/// in, or one its message opens; beyond that, only the partners named here reach a dossier through a CDP act
/// reference (the bailiffs, who issue the acts, and the Préfecture, to which the procedure's acts are notified),
/// and only the secretariat reaches every dossier. A message matched by the household's own identity under a
/// flow that opens dossiers reaches it too: its sender brings the identity, and its answer is the same whether
/// the dossier existed or not. Anything else is answered as if there were no dossier.
/// </summary>
public sealed record ReachRule
{
    public required IReadOnlySet<PartnerCode> ByActReference { get; init; }

    public required IReadOnlySet<PartnerCode> EveryDossier { get; init; }

    /// <summary>Before the rules named any: the secretariat everywhere, the bailiffs by their acts.</summary>
    public static ReachRule Default { get; } = new()
    {
        ByActReference = new HashSet<PartnerCode> { PartnerCode.Huissiers },
        EveryDossier = new HashSet<PartnerCode> { PartnerCode.Drihl },
    };
}
