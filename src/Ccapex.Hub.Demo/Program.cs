using Ccapex.Hub.Demo;
using Ccapex.Hub.Telemetry;
using Ccapex.Hub.Time;
using Microsoft.Extensions.Options;

// `write-caf-extract <file> [households]`: the CAF worker's extract for the households this demo will generate.
if (args is ["write-caf-extract", var file, ..])
{
    var households = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2_000;
    var seed = int.Parse(Environment.GetEnvironmentVariable("Demo__Seed") ?? "75018", System.Globalization.CultureInfo.InvariantCulture);
    Console.WriteLine($"{CafExtractWriter.Write(file, seed, households)} allocataires written to {file}");
    return 0;
}

try
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.AddHubTelemetry("ccapex-demo");
    using var host = builder.AddDemo().Build();
    await host.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (Exception invalid) when (invalid is OptionsValidationException or DemoTimeException)
{
    await Console.Error.WriteLineAsync($"Ccapex.Hub.Demo cannot start: {invalid.Message}").ConfigureAwait(false);
    return 2;
}
