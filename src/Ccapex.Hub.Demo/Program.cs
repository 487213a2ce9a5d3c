using Ccapex.Hub.Demo;
using Ccapex.Hub.Time;
using Microsoft.Extensions.Options;

try
{
    var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
    using var host = builder.AddDemo().Build();
    await host.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (Exception invalid) when (invalid is OptionsValidationException or DemoTimeException)
{
    await Console.Error.WriteLineAsync($"Ccapex.Hub.Demo cannot start: {invalid.Message}").ConfigureAwait(false);
    return 2;
}
