using System.Globalization;
using System.Text;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Ccapex.Hub.Bench;

/// <summary>
/// Line charts side by side under one title, drawn by ScottPlot, saved as SVG (the docs link it) and PNG (ADR 0013).
/// </summary>
internal static class Chart
{
    private const int PanelWidth = 520;
    private const int PanelHeight = 420;
    private const int HeaderHeight = 50;
    private const string PreferredFont = "DejaVu Sans";
    private static readonly double[] Multiples = [1, 2, 5];

    /// <summary>Dashes short enough to show in the legend's symbol, beside the marker (ScottPlot's Dashed is 10 on, 10 off).</summary>
    private static readonly LinePattern Dashes = new([6, 4], 0, "bench dashes");

    /// <summary>
    /// The family the text is measured and drawn with: DejaVu Sans where installed (the project's machines have it), else
    /// any installed family. Null when the machine has no font: ScottPlot would then draw the lines without any text.
    /// </summary>
    public static string? Font { get; } = FindFont();

    public static string NoFont =>
        $"no font under /usr/share/fonts (SkiaSharp reads fonts from there; {PreferredFont} is preferred): a plot would have no text, so none is drawn";

    /// <summary>Writes <paramref name="name"/>.svg and .png into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Save(string folder, string name, string title, string subtitle, IReadOnlyList<Panel> panels)
    {
        var font = Font ?? throw new InvalidOperationException(NoFont);
        Fonts.Default = font;
        var width = PanelWidth * panels.Count;
        var height = PanelHeight + HeaderHeight;
        var plots = panels.Select(Plot).ToList();
        try
        {
            var figure = new Multiplot(plots[0]) { Layout = new ScottPlot.MultiplotLayouts.Columns() };
            foreach (var plot in plots.Skip(1))
            {
                figure.AddPlot(plot);
            }

            void Draw(SKCanvas canvas)
            {
                // A rectangle rather than Clear: Skia's SVG canvas writes no background for Clear.
                using var white = new SKPaint { Color = SKColors.White };
                canvas.DrawRect(0, 0, width, height, white);
                using var bold = new SKFont(Fonts.GetTypeface(font, bold: true, italic: false), 16);
                using var plain = new SKFont(Fonts.GetTypeface(font, bold: false, italic: false), 12);
                using var black = new SKPaint { Color = SKColors.Black, IsAntialias = true };
                using var grey = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55), IsAntialias = true };
                canvas.DrawText(title, width / 2f, 22, SKTextAlign.Center, bold, black);
                canvas.DrawText(subtitle, width / 2f, 40, SKTextAlign.Center, plain, grey);

                // The multiplot lays its panels out from the rectangle's size and ignores its top, hence the translation.
                canvas.Save();
                canvas.Translate(0, HeaderHeight);
                figure.Render(canvas, new PixelRect(0, width, PanelHeight, 0));
                canvas.Restore();
            }

            var svgPath = Path.Combine(folder, name + ".svg");
            File.WriteAllText(svgPath, Svg(width, height, Draw, font));
            var pngPath = Path.Combine(folder, name + ".png");
            using (var surface = SKSurface.Create(new SKImageInfo(width, height)))
            {
                Draw(surface.Canvas);
                using var image = surface.Snapshot();
                using var png = image.Encode(SKEncodedImageFormat.Png, 100);
                File.WriteAllBytes(pngPath, png.ToArray());
            }

            return [svgPath, pngPath];
        }
        finally
        {
            foreach (var plot in plots)
            {
                plot.Dispose();
            }
        }
    }

    private static string? FindFont()
    {
        // With no font at all Skia still lists one nameless family, whose typeface has no glyph.
        var families = SKFontManager.Default.FontFamilies.Where(f => !string.IsNullOrWhiteSpace(f)).ToList();
        var family = families.Contains(PreferredFont, StringComparer.OrdinalIgnoreCase) ? PreferredFont : families.FirstOrDefault();
        return family is not null && Fonts.GetTypeface(family, bold: false, italic: false).GlyphCount > 0 ? family : null;
    }

    /// <summary>
    /// Skia's SVG canvas keeps text as text, in the family it was measured with; a generic fallback lets a viewer
    /// without that family still draw it.
    /// </summary>
    private static string Svg(int width, int height, Action<SKCanvas> draw, string font)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
        {
            draw(canvas);
        }

        return Encoding.UTF8.GetString(stream.ToArray())
            .Replace($"font-family=\"{font}\"", $"font-family=\"{font}, Verdana, sans-serif\"", StringComparison.Ordinal);
    }

    private static Plot Plot(Panel panel)
    {
        var plot = new Plot();
        plot.Title(panel.Title, 14);
        plot.XLabel(panel.XLabel, 12);
        plot.YLabel(panel.YLabel, 12);
        var visible = panel.Series
            .Select(s => s.Points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y) && (!panel.LogY || p.Y > 0)).OrderBy(p => p.X).ToList())
            .ToList();
        var all = visible.SelectMany(v => v).ToList();
        if (all.Count == 0)
        {
            plot.Add.Annotation("no data", Alignment.MiddleCenter);
            return plot;
        }

        for (var i = 0; i < panel.Series.Count; i++)
        {
            var series = panel.Series[i];
            var line = plot.Add.Scatter(
                visible[i].Select(p => p.X).ToArray(),
                visible[i].Select(p => panel.LogY ? Math.Log10(p.Y) : p.Y).ToArray(),
                ScottPlot.Color.FromHex(series.Color));
            line.LegendText = series.Name;
            line.LineWidth = 2;
            line.LinePattern = series.Dashed ? Dashes : LinePattern.Solid;
            line.MarkerSize = series.Markers ? 7 : 0;
        }

        // Below the axis rather than over the data, which fills the top left of the memory and throughput panels.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.SymbolWidth = 30;
        var xMax = Top(all.Max(p => p.X));
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => Label(v, xMax) };
        plot.Axes.SetLimitsX(0, xMax);
        if (panel.LogY)
        {
            var (low, high) = Decades(all.Min(p => p.Y), all.Max(p => p.Y));
            plot.Axes.Left.TickGenerator = LogTicks(low, high);
            plot.Axes.SetLimitsY(Math.Log10(low), Math.Log10(high));
        }
        else
        {
            var yMax = Top(all.Max(p => p.Y));
            plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => Label(v, yMax) };
            plot.Axes.SetLimitsY(0, yMax);
        }

        return plot;
    }

    /// <summary>A little room above the largest value, so that its marker is not cut by the frame.</summary>
    private static double Top(double max) => max > 0 ? max * 1.05 : 1;

    /// <summary>Whole decades around the data.</summary>
    private static (double Low, double High) Decades(double min, double max)
    {
        var low = Math.Pow(10, Math.Floor(Math.Log10(min)));
        var high = Math.Pow(10, Math.Ceiling(Math.Log10(max)));
        return (low, high <= low ? low * 10 : high);
    }

    /// <summary>The y values are drawn as their logarithms: labelled ticks at 1, 2 and 5 of each decade, unlabelled ones between.</summary>
    private static NumericManual LogTicks(double low, double high)
    {
        var ticks = new NumericManual();
        for (var decade = low; decade < high * 1.01; decade *= 10)
        {
            for (var multiple = 1; multiple < 10 && multiple * decade <= high * 1.01; multiple++)
            {
                var value = multiple * decade;
                if (Multiples.Contains(multiple))
                {
                    ticks.AddMajor(Math.Log10(value), Label(value, high));
                }
                else
                {
                    ticks.AddMinor(Math.Log10(value));
                }
            }
        }

        return ticks;
    }

    /// <summary>Thousands as k (and millions as M) on an axis that reaches ten thousand, so that one axis does not mix 5000 and 10k.</summary>
    private static string Label(double value, double axisMax) => value switch
    {
        >= 1_000_000 when axisMax >= 10_000 => (value / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 when axisMax >= 10_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        >= 1 => value.ToString("0.#", CultureInfo.InvariantCulture),
        0 => "0",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
