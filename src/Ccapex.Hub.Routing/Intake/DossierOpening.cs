namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// The dossier a message goes to, and the keys to file with the dossier's own write (none when the directory filed
/// them already); the first decides between concurrent openers. With keys, the dossier id holds only if they commit.
/// </summary>
public sealed record DossierOpening(Guid DossierId, IReadOnlyList<string> KeysToFile)
{
    public static DossierOpening Known(Guid dossierId) => new(dossierId, []);
}
