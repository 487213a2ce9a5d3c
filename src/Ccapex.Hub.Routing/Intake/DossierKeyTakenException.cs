namespace Ccapex.Hub.Routing.Intake;

/// <summary>
/// A dossier's first key was filed under another dossier between the intake's lookup and its commit (a concurrent
/// message opened it first). Nothing of the message was written; its retry finds the other dossier.
/// </summary>
public sealed class DossierKeyTakenException : Exception
{
    public DossierKeyTakenException()
    {
    }

    public DossierKeyTakenException(string message)
        : base(message)
    {
    }

    public DossierKeyTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
