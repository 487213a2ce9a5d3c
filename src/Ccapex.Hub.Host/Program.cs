using Ccapex.Hub.Host;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

try
{
    using var host = HubHostBuilder.Create(args).Build();
    await host.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A settings problem is the operator's to fix: say what, without a stack trace.
    await Console.Error.WriteLineAsync($"Ccapex.Hub cannot start: {string.Join(" ", invalid.Failures)}").ConfigureAwait(false);
    return 2;
}
