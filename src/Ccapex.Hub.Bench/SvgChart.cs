using System.Globalization;
using System.Net;
using System.Text;

namespace Ccapex.Hub.Bench;

/// <summary>One line of a chart: its points in data units, drawn solid or dashed, with or without markers.</summary>
internal sealed record Series(string Name, string Color, IReadOnlyList<(double X, double Y)> Points, bool Dashed = false, bool Markers = true);

/// <summary>One chart with its axes; a logarithmic y axis for latencies that span decades.</summary>
internal sealed record Panel(string Title, string XLabel, string YLabel, IReadOnlyList<Series> Series, bool LogY = false);

/// <summary>Plain SVG line charts, side by side, written without any package: axes, ticks, grid, legend.</summary>
internal static class SvgChart
{
    private const int PanelWidth = 520;
    private const int PanelHeight = 380;
    private const int Left = 70;
    private const int Right = 20;
    private const int Top = 50;
    private const int Bottom = 55;
    private static readonly double[] Multiples = [1, 2, 5];

    public static string Render(string title, string subtitle, IReadOnlyList<Panel> panels)
    {
        var width = PanelWidth * panels.Count;
        var height = PanelHeight + 50;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="white"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{width / 2}" y="22" text-anchor="middle" font-size="16" font-weight="bold">{Escape(title)}</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{width / 2}" y="40" text-anchor="middle" fill="#555">{Escape(subtitle)}</text>""").Append('\n');
        for (var i = 0; i < panels.Count; i++)
        {
            DrawPanel(svg, panels[i], i * PanelWidth, 40);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void DrawPanel(StringBuilder svg, Panel panel, int offsetX, int offsetY)
    {
        var points = panel.Series.SelectMany(s => s.Points).Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y) && (!panel.LogY || p.Y > 0)).ToList();
        var x0 = offsetX + Left;
        var x1 = offsetX + PanelWidth - Right;
        var y0 = offsetY + PanelHeight - Bottom;
        var y1 = offsetY + Top;
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{(x0 + x1) / 2}" y="{offsetY + 30}" text-anchor="middle" font-size="14">{Escape(panel.Title)}</text>""").Append('\n');
        if (points.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{(x0 + x1) / 2}" y="{(y0 + y1) / 2}" text-anchor="middle">no data</text>""").Append('\n');
            return;
        }

        var (xMin, xMax, xTicks) = LinearAxis(0, points.Max(p => p.X));
        var (yMin, yMax, yTicks) = panel.LogY
            ? LogAxis(points.Min(p => p.Y), points.Max(p => p.Y))
            : LinearAxis(0, points.Max(p => p.Y));
        double X(double v) => x0 + ((v - xMin) / (xMax - xMin) * (x1 - x0));
        double Y(double v) => panel.LogY
            ? y0 - ((Math.Log10(v) - Math.Log10(yMin)) / (Math.Log10(yMax) - Math.Log10(yMin)) * (y0 - y1))
            : y0 - ((v - yMin) / (yMax - yMin) * (y0 - y1));

        foreach (var tick in xTicks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{X(tick):F1}" y1="{y0}" x2="{X(tick):F1}" y2="{y1}" stroke="#e5e5e5"/><text x="{X(tick):F1}" y="{y0 + 16}" text-anchor="middle">{Label(tick)}</text>""").Append('\n');
        }

        foreach (var tick in yTicks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x0}" y1="{Y(tick):F1}" x2="{x1}" y2="{Y(tick):F1}" stroke="#e5e5e5"/><text x="{x0 - 6}" y="{Y(tick) + 4:F1}" text-anchor="end">{Label(tick)}</text>""").Append('\n');
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x0}" y="{y1}" width="{x1 - x0}" height="{y0 - y1}" fill="none" stroke="#333"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{(x0 + x1) / 2}" y="{y0 + 36}" text-anchor="middle">{Escape(panel.XLabel)}</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text transform="translate({offsetX + 18},{(y0 + y1) / 2}) rotate(-90)" text-anchor="middle">{Escape(panel.YLabel)}</text>""").Append('\n');

        var legendY = y1 + 16;
        foreach (var series in panel.Series)
        {
            var visible = series.Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y) && (!panel.LogY || p.Y > 0)).OrderBy(p => p.X).ToList();
            var dash = series.Dashed ? """ stroke-dasharray="6 4" """ : " ";
            if (visible.Count > 0)
            {
                var path = string.Join(' ', visible.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X):F1},{Y(p.Y):F1}")));
                svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{path}" fill="none" stroke="{series.Color}" stroke-width="2"{dash}/>""").Append('\n');
                if (series.Markers)
                {
                    foreach (var p in visible)
                    {
                        svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{X(p.X):F1}" cy="{Y(p.Y):F1}" r="3.5" fill="{series.Color}"/>""").Append('\n');
                    }
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x0 + 10}" y1="{legendY - 4}" x2="{x0 + 34}" y2="{legendY - 4}" stroke="{series.Color}" stroke-width="2"{dash}/><text x="{x0 + 40}" y="{legendY}">{Escape(series.Name)}</text>""").Append('\n');
            legendY += 16;
        }
    }

    /// <summary>Bounds and ticks at 1, 2 or 5 times a power of ten, about five of them.</summary>
    private static (double Min, double Max, List<double> Ticks) LinearAxis(double min, double max)
    {
        if (max <= min)
        {
            max = min + 1;
        }

        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = Multiples.Append(10).Select(m => m * magnitude).First(s => s >= raw);
        var top = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        for (var t = min; t <= top + (step / 2); t += step)
        {
            ticks.Add(t);
        }

        return (min, top, ticks);
    }

    /// <summary>Whole decades around the data, ticks at 1, 2 and 5 of each.</summary>
    private static (double Min, double Max, List<double> Ticks) LogAxis(double min, double max)
    {
        var low = Math.Pow(10, Math.Floor(Math.Log10(min)));
        var high = Math.Pow(10, Math.Ceiling(Math.Log10(max)));
        if (high <= low)
        {
            high = low * 10;
        }

        var ticks = new List<double>();
        for (var decade = low; decade < high * 1.01; decade *= 10)
        {
            ticks.AddRange(Multiples.Select(m => m * decade).Where(t => t <= high * 1.01));
        }

        return (low, high, ticks);
    }

    private static string Label(double value) => value switch
    {
        >= 1_000_000 => (value / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        >= 1 => value.ToString("0.#", CultureInfo.InvariantCulture),
        0 => "0",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
