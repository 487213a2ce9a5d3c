namespace Ccapex.Hub.Console.Accounts;

/// <summary>What a person may do in the console; stored by name.</summary>
public enum ConsoleRole
{
    /// <summary>A DRIHL agent of the CCAPEX secretariat: the dossiers and the work queues.</summary>
    Secretariat,

    /// <summary>The hub's operations: accounts and the record of who opened which dossier; no dossier content.</summary>
    Operator,

    /// <summary>Reads everything the secretariat reads and the record of opened dossiers; changes nothing.</summary>
    Auditor,
}
