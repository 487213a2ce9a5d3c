using Ccapex.Hub.Host;
using Ccapex.Hub.Charter;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

if (AuditCommand.Handles(args))
{
    return await AuditCommand.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
}

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
catch (InvalidOperationException unreadable) when (unreadable.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
{
    // The binder's message names the value and the setting ("... 'abc' at 'Hub:ShutdownTimeout' to type ...").
    await Console.Error.WriteLineAsync($"Ccapex.Hub cannot start: {unreadable.Message}").ConfigureAwait(false);
    return 2;
}
catch (CharterRulesException invalid)
{
    // The rules name the faulty lines; the secretariat fixes the file, not the code.
    await Console.Error.WriteLineAsync($"Ccapex.Hub cannot start: {invalid.Message}").ConfigureAwait(false);
    return 2;
}
