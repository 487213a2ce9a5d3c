namespace Ccapex.Hub.Charter;

/// <summary>How a rule names its recipients.</summary>
public enum RecipientKind
{
    /// <summary>One named partner.</summary>
    Partner,

    /// <summary>"ADDRESSEES": the partners a CCAPEX recommendation is addressed to (F11).</summary>
    Addressees,

    /// <summary>"INVOLVED": the partners involved in the dossier so far (F13).</summary>
    Involved,
}
