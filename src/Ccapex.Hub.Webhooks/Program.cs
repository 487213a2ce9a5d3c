using Ccapex.Hub.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

if (OperatorCommand.Handles(args))
{
    return await OperatorCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
}

try
{
    using var host = WebhooksHostBuilder.Create(args).Build();
    await host.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (OptionsValidationException invalid)
{
    // A settings problem is the operator's to fix: say what, without a stack trace.
    await Console.Error.WriteLineAsync($"Ccapex.Hub.Webhooks cannot start: {string.Join(" ", invalid.Failures)}").ConfigureAwait(false);
    return 2;
}
