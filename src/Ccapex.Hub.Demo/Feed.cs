using System.Globalization;

namespace Ccapex.Hub.Demo;

/// <summary>
/// The console feed a newcomer reads: one line per message a simulated partner sent or received, with the real
/// time, the hub's (compressed) date, the charter flow, who informs whom, and the household concerned.
/// </summary>
internal sealed class Feed(TimeProvider clock, DossierLabels labels, TextWriter output)
{
    private readonly Lock _write = new();

    public void Sent(string? flow, string from, string to, string what, Guid? dossier, string via) =>
        Line(flow, $"{from} → {to}", what, dossier, via);

    public void Received(string? flow, string partner, string what, Guid? dossier, string? via = null) =>
        Line(flow, $"hub → {partner}", what, dossier, via);

    public void Note(string text) => Line(null, string.Empty, text, null, null);

    private void Line(string? flow, string route, string what, Guid? dossier, string? via)
    {
        var real = DateTimeOffset.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var hub = clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var household = dossier is { } id ? labels.Describe(id) : string.Empty;
        var channel = via is null ? string.Empty : $" [{via}]";
        lock (_write)
        {
            output.WriteLine($"{real}  hub {hub}  {flow,-4} {route,-40} {what}{channel}  {household}".TrimEnd());
        }
    }
}
