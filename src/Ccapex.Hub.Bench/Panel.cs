namespace Ccapex.Hub.Bench;

/// <summary>One chart with its axes; a logarithmic y axis for latencies that span decades.</summary>
internal sealed record Panel(string Title, string XLabel, string YLabel, IReadOnlyList<Series> Series, bool LogY = false);
