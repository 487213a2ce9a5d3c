namespace Ccapex.Hub.Console.Accounts;

/// <summary>Role names on the command line and in the store ("secretariat", "operator", "auditor").</summary>
public static class ConsoleRoles
{
    public static string Name(ConsoleRole role) => role.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out ConsoleRole role)
    {
        foreach (var candidate in Enum.GetValues<ConsoleRole>())
        {
            if (string.Equals(Name(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    public static string Known => string.Join(", ", Enum.GetValues<ConsoleRole>().Select(Name));
}
