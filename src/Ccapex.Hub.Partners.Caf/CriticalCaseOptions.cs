namespace Ccapex.Hub.Partners.Caf;

/// <summary>
/// The CAF's selection criteria for a CCAPEX examination, section "Caf:Critical". Each criterion left empty
/// (or false) is off; a household meeting any criterion that is on is a critical case.
/// </summary>
public sealed class CriticalCaseOptions
{
    /// <summary>Arrears strictly above this amount, in euros.</summary>
    public decimal? ArrearsAbove { get; set; }

    /// <summary>Arrears strictly above this many months of rent and charges.</summary>
    public decimal? ArrearsMonthsAbove { get; set; }

    /// <summary>Housing-benefit rights suspended in the CAF's extract.</summary>
    public bool RightsSuspended { get; set; }

    /// <summary>A household with dependent children (per the extract) and arrears strictly above this many months.</summary>
    public decimal? ChildrenWithArrearsMonthsAbove { get; set; }
}
