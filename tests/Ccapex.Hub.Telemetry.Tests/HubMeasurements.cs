using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Ccapex.Hub.Telemetry.Tests;

/// <summary>What the "Ccapex.Hub" meter records in this process, as (instrument, value, labels).</summary>
internal sealed class HubMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _recorded = new();

    public HubMeasurements()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == HubTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> Of(string instrument) => [.. _recorded.Where(m => m.Instrument == instrument)];

    /// <summary>The sum of a counter's measurements whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] labels) =>
        Of(instrument).Where(m => labels.All(l => m.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(m => m.Value);

    /// <summary>Has the observable instruments (the outbox lag) report now.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public string Describe() => string.Join("; ", _recorded.Select(m => $"{m.Instrument}={m.Value} {{{string.Join(",", m.Labels.Select(l => $"{l.Key}={l.Value}"))}}}"));

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            labels[tag.Key] = tag.Value?.ToString() ?? string.Empty;
        }

        _recorded.Enqueue(new Measurement(instrument.Name, value, labels));
    }

    public sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, string> Labels);
}
