using Ccapex.Hub.Console;
using Ccapex.Hub.Console.Accounts;
using Microsoft.Extensions.Options;

try
{
    if (args.Length > 0 && args[0] == "users")
    {
        var configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables();
        ConsoleApplication.AddSettings(configuration, []);
        var options = configuration.Build().GetSection(ConsoleOptions.Section).Get<ConsoleOptions>() ?? new ConsoleOptions();
        return await UsersCommand.RunAsync(args[1..], options, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
    }

    var builder = ConsoleApplication.CreateBuilder(args);
    await using var app = ConsoleApplication.Build(builder);
    await app.RunAsync().ConfigureAwait(false);
    return 0;
}
catch (Ccapex.Hub.Time.DemoTimeException invalid)
{
    await Console.Error.WriteLineAsync($"Ccapex.Hub.Console cannot start: {invalid.Message}").ConfigureAwait(false);
    return 2;
}
catch (OptionsValidationException invalid)
{
    await Console.Error.WriteLineAsync($"Ccapex.Hub.Console cannot start: {string.Join(" ", invalid.Failures)}").ConfigureAwait(false);
    return 2;
}
