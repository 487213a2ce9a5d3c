namespace Ccapex.Hub.Partners.Caf;

/// <summary>The CAF worker's settings, section "Caf".</summary>
public sealed class CafOptions
{
    public const string Section = "Caf";

    /// <summary>The allocataires extract (see docs/caf-allocataire-extract.md); relative to the working directory.</summary>
    public string ExtractFile { get; set; } = string.Empty;

    public CafBatchOptions Batch { get; set; } = new();

    public CriticalCaseOptions Critical { get; set; } = new();
}
