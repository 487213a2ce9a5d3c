using Ccapex.Hub.Host;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// appsettings.json sits next to the program, wherever it is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddHubOptions(args)
    .AddHubLogging()
    .AddHubValidation()
    .AddHubStore()
    .AddHubMessaging()
    .AddHubHealth();

try
{
    using var host = builder.Build();
    await host.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A settings problem is the operator's to fix: say what, without a stack trace.
    await Console.Error.WriteLineAsync($"Ccapex.Hub cannot start: {string.Join(" ", invalid.Failures)}").ConfigureAwait(false);
    return 2;
}
