namespace Ccapex.Hub.Console.Dossiers;

/// <summary>A dossier id as lists show it: its first eight characters (the search finds a dossier by them).</summary>
public static class DossierIds
{
    public static string Prefix(Guid id) => id.ToString("N")[..8];
}
