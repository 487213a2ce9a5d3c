using Ccapex.Hub.Gateway;
using Microsoft.Extensions.Options;

try
{
    var builder = GatewayApplication.CreateBuilder(args);
    builder.AddGatewayMessaging().AddGatewayDropFolder();
    await using var app = GatewayApplication.Build(builder);
    await app.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (Ccapex.Hub.Time.DemoTimeException invalid)
{
    await Console.Error.WriteLineAsync($"Ccapex.Hub.Gateway cannot start: {invalid.Message}").ConfigureAwait(false);
    return 2;
}
catch (OptionsValidationException invalid)
{
    // A settings problem is the operator's to fix: say what, without a stack trace.
    await Console.Error.WriteLineAsync($"Ccapex.Hub.Gateway cannot start: {string.Join(" ", invalid.Failures)}").ConfigureAwait(false);
    return 2;
}
