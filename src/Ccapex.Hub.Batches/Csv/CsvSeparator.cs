namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// The format's separator rule (docs/cdp-batch-format.md), kept rather than Sep's own detection, which has other
/// candidates: for the header "a|b|c;d" Sep picks '|'.
/// </summary>
internal static class CsvSeparator
{
    /// <summary>The separator of the header line: the most frequent of ';', ',' and tab outside quotes; ';' when none.</summary>
    public static char Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text.TrimStart('\r', '\n'))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        if (commas > semicolons && commas >= tabs)
        {
            return ',';
        }

        return tabs > semicolons ? '\t' : ';';
    }
}
