namespace Ccapex.Hub.Partners.Prefecture;

/// <summary>The Préfecture worker's settings, section "Prefecture".</summary>
public sealed class PrefectureOptions
{
    public const string Section = "Prefecture";

    /// <summary>The folder holding incoming/, done/ and failed/ (see docs/prefecture-events.md).</summary>
    public string EventsFolder { get; set; } = string.Empty;

    /// <summary>How often incoming/ is looked at; a file event wakes the worker sooner.</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(5);
}
