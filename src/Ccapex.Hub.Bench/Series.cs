namespace Ccapex.Hub.Bench;

/// <summary>One line of a chart: its points in data units, drawn solid or dashed, with or without markers.</summary>
internal sealed record Series(string Name, string Color, IReadOnlyList<(double X, double Y)> Points, bool Dashed = false, bool Markers = true);
