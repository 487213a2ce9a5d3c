using Ccapex.Hub.Contracts;

namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Where each column is in a file, read from its header line. An unknown header is an error rather than ignored:
/// a misspelt optional column ("tiers_payants") would otherwise drop its values without a word.
/// </summary>
internal sealed class CdpCsvHeader
{
    private readonly Dictionary<string, int> _indexes;

    private CdpCsvHeader(Dictionary<string, int> indexes, int width)
    {
        _indexes = indexes;
        Width = width;
    }

    /// <summary>How many cells the header has up to its last named one; a data line has at least that many, and no text beyond.</summary>
    public int Width { get; }

    public bool Has(string column) => _indexes.ContainsKey(column);

    /// <summary>The index of a column's cells, or -1 when the file does not have it.</summary>
    public int IndexOf(string column) => _indexes.GetValueOrDefault(column, -1);

    public static (CdpCsvHeader Header, IReadOnlyList<FieldError> Errors) Read(IReadOnlyList<string> cells)
    {
        var errors = new List<FieldError>();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var written = cells[i].Trim().TrimStart('\uFEFF');
            if (written.Length == 0)
            {
                // Spreadsheets end header lines with empty cells; a data cell under one is caught as extra data.
                continue;
            }

            if (CdpCsvColumns.Canonical(written) is not { } column)
            {
                errors.Add(Error(written, CsvErrorCodes.ColumnUnknown, $"Column {i + 1} '{written}' is not a column of the CDP batch format (see docs/cdp-batch-format.md)."));
            }
            else if (!indexes.TryAdd(column, i))
            {
                errors.Add(Error(column, CsvErrorCodes.ColumnDuplicate, $"Column '{column}' appears twice (columns {indexes[column] + 1} and {i + 1})."));
            }
        }

        var required = CdpCsvColumns.Required.Concat(TenantPairs(indexes));
        foreach (var column in required.Where(c => !indexes.ContainsKey(c)))
        {
            errors.Add(Error(column, CsvErrorCodes.ColumnMissing, $"The header has no column '{column}'."));
        }

        var width = cells.Count;
        while (width > 0 && string.IsNullOrWhiteSpace(cells[width - 1]))
        {
            width--;
        }

        return (new CdpCsvHeader(indexes, width), errors);
    }

    /// <summary>A second (third...) tenant needs both names: locataire2_nom without locataire2_prenom is a missing column.</summary>
    private static IEnumerable<string> TenantPairs(Dictionary<string, int> indexes) =>
        Enumerable.Range(2, CdpCsvColumns.MaxTenants - 1)
            .Where(n => indexes.ContainsKey(CdpCsvColumns.TenantLastName(n)) || indexes.ContainsKey(CdpCsvColumns.TenantFirstName(n)))
            .SelectMany(n => new[] { CdpCsvColumns.TenantLastName(n), CdpCsvColumns.TenantFirstName(n) });

    private static FieldError Error(string field, string code, string message) => new() { Field = field, Code = code, Message = message };
}
