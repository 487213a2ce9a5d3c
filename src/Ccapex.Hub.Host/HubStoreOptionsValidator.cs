using Ccapex.Hub.Charter;
using Ccapex.Hub.Persistence;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

/// <summary>The store settings, checked at start: PostgreSQL needs a connection string, and says which variable sets it.</summary>
public sealed class HubStoreOptionsValidator : IValidateOptions<HubStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, HubStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == StoreProvider.Postgres && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"Hub:Store:ConnectionString (environment variable {HubEnvironment.Postgres}) is required with {HubEnvironment.Store}=postgres, e.g. Host=127.0.0.1;Username=ccapex;Password=ccapex;Database=ccapex (./hub db start gives one).");
        }

        // Outside this machine the project's default password (or none) is refused (ADR 0006, "Later").
        if (options.Provider == StoreProvider.Postgres && DeploymentSafety.PostgresProblem(options.ConnectionString!) is { } unsafeStore)
        {
            return ValidateOptionsResult.Fail($"Hub:Store:ConnectionString (environment variable {HubEnvironment.Postgres}) {unsafeStore}.");
        }

        return ValidateOptionsResult.Success;
    }
}
