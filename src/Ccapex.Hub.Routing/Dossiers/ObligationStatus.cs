namespace Ccapex.Hub.Routing.Dossiers;

/// <summary>Where an expected answer stands.</summary>
public enum ObligationStatus
{
    Open,
    Answered,
    Escalated,
}
