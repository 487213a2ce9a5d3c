namespace Ccapex.Hub.Batches.Csv;

/// <summary>Limits of a CDP batch file; what exceeds them is refused whole, before any line is sent.</summary>
public sealed class CdpCsvOptions
{
    /// <summary>10 MiB holds some 40,000 lines: far beyond a bailiff office's backlog, far below what hurts the hub.</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Data lines per file (the header is not counted); a larger backlog is sent as several files.</summary>
    public int MaxLines { get; set; } = 5_000;

    /// <summary>No field of a CDP needs more; a longer cell is a shifted column or an attack, not data.</summary>
    public int MaxCellLength { get; set; } = 500;
}
