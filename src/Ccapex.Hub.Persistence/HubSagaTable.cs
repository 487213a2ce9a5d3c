using System.Text.RegularExpressions;

namespace Ccapex.Hub.Persistence;

/// <summary>
/// A saga table the store must create at start. Registered once per saga type by
/// <see cref="HubStoreRegistrationExtensions.UseHubStore{TSaga}"/>.
/// </summary>
public sealed partial record HubSagaTable
{
    private static readonly string[] Reserved = ["outbox", "dossier_key", "saga_item", "schema_version"];

    public HubSagaTable(string name)
    {
        Name = Validate(name, "saga table");
        if (Reserved.Contains(Name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{name}' is a table of the hub store itself.", nameof(name));
        }
    }

    public string Name { get; }

    /// <summary>
    /// Identifiers are spliced into SQL (a table or schema cannot be a parameter), so only plain
    /// lower-case names are accepted: no quoting needed, nothing to inject.
    /// </summary>
    internal static string Validate(string name, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IdentifierPattern().IsMatch(name))
        {
            throw new ArgumentException($"Invalid {what} name '{name}': use lower-case letters, digits and '_' (at most 63, starting with a letter).", nameof(name));
        }

        return name;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
