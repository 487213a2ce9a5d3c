namespace Ccapex.Hub.Telemetry;

/// <summary>How an on/off setting is read: empty is off, anything but on, off, true or false is refused at start.</summary>
internal static class TelemetrySwitch
{
    public static bool? Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "OFF" or "FALSE" => false,
        "ON" or "TRUE" => true,
        _ => null,
    };
}
