using Ccapex.Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Ccapex.Hub.Telemetry.Tests;

public sealed class When_a_telemetry_setting_is_wrong
{
    private BrokerFixture _broker = null!;
    private string _dataDirectory = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _broker = await BrokerFixture.StartAsync();
        _dataDirectory = HubWithSettings.DataDirectory();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _broker.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [TestCase("--Hub:Telemetry:Otlp:Endpoint=collector:4317", "Hub:Telemetry:Otlp:Endpoint")]
    [TestCase("--Hub:Telemetry:Otlp:Protocol=udp", "Hub:Telemetry:Otlp:Protocol")]
    [TestCase("--Hub:Telemetry:Prometheus=maybe", "Hub:Telemetry:Prometheus")]
    [TestCase("--Hub:Telemetry:Prometheus=on", "Hub:Health:Port")]
    public void Should_refuse_to_start_naming_the_setting(string setting, string named)
    {
        using var hub = HubWithSettings.Build(_broker, _dataDirectory, setting);

        var refused = Assert.ThrowsAsync<OptionsValidationException>(() => hub.StartAsync());

        Assert.That(refused!.Failures, Has.Some.Contains(named));
    }

    [Test]
    public void Should_export_nothing_when_nothing_is_set()
    {
        using var hub = HubWithSettings.Build(_broker, _dataDirectory);

        Assert.Multiple(() =>
        {
            Assert.That(hub.Services.GetService<TracerProvider>(), Is.Null, "no tracer provider, so no listener on any source");
            Assert.That(hub.Services.GetService<MeterProvider>(), Is.Null);
        });
    }

    [Test]
    public async Task Should_start_with_an_otlp_collector_set()
    {
        using var hub = HubWithSettings.Build(_broker, _dataDirectory, "--Hub:Telemetry:Otlp:Endpoint=http://127.0.0.1:4318", "--Hub:Telemetry:Otlp:Protocol=http/protobuf");

        await hub.StartAsync();
        try
        {
            Assert.That(hub.Services.GetService<TracerProvider>(), Is.Not.Null);
        }
        finally
        {
            await hub.StopAsync();
        }
    }
}
