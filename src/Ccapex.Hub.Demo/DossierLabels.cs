using System.Collections.Concurrent;
using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Demo;

/// <summary>What the feed says of a dossier ("Benali, 75018"), learnt from the CDPs sent and the receipts received.</summary>
internal sealed class DossierLabels
{
    private readonly ConcurrentDictionary<string, SubmitCdpNotification> _byAct = new();
    private readonly ConcurrentDictionary<Guid, SubmitCdpNotification> _byDossier = new();

    public void Submitted(SubmitCdpNotification cdp) => _byAct[cdp.ActReference] = cdp;

    public SubmitCdpNotification? Opened(string actReference, Guid dossierId)
    {
        if (!_byAct.TryGetValue(actReference, out var cdp))
        {
            return null;
        }

        _byDossier[dossierId] = cdp;
        return cdp;
    }

    public SubmitCdpNotification? Cdp(Guid dossierId) => _byDossier.GetValueOrDefault(dossierId);

    public string Describe(Guid dossierId) => _byDossier.TryGetValue(dossierId, out var cdp)
        ? $"· {cdp.Household.Tenants[0].LastName}, {cdp.Household.Address.PostalCode} (dossier {dossierId.ToString()[..8]})"
        : $"· dossier {dossierId.ToString()[..8]}";
}
