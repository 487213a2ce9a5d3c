using System.Text.RegularExpressions;

namespace Ccapex.Hub.Console.Accounts;

/// <summary>What a login may be: lower-case letters, digits, dots, dashes and underscores, 2 to 64 of them.</summary>
public static partial class Logins
{
    public const int MinimumPasswordLength = 12;

    public static string Fold(string? login) => (login ?? string.Empty).Trim().ToLowerInvariant();

    public static bool IsValid(string login) => Pattern().IsMatch(login);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
