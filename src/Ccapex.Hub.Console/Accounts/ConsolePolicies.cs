using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Ccapex.Hub.Console.Accounts;

/// <summary>Who may do what, in one table: each page names its policy; the layout shows only what the account may open.</summary>
public static class ConsolePolicies
{
    /// <summary>Households' dossiers, searches and work queues: the secretariat and the auditors.</summary>
    public const string ReadDossiers = "read-dossiers";

    /// <summary>The record of who opened which dossier: the auditors and the operators.</summary>
    public const string ReadConsultations = "read-consultations";

    /// <summary>Disabling accounts from the browser: the operators.</summary>
    public const string ManageAccounts = "manage-accounts";

    private static readonly Dictionary<string, ConsoleRole[]> Roles = new(StringComparer.Ordinal)
    {
        [ReadDossiers] = [ConsoleRole.Secretariat, ConsoleRole.Auditor],
        [ReadConsultations] = [ConsoleRole.Auditor, ConsoleRole.Operator],
        [ManageAccounts] = [ConsoleRole.Operator],
    };

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (policy, roles) in Roles)
        {
            options.AddPolicy(policy, p => p.RequireRole(roles.Select(ConsoleRoles.Name)));
        }
    }

    public static bool May(this ClaimsPrincipal user, string policy)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Roles.TryGetValue(policy, out var roles) && roles.Any(r => user.IsInRole(ConsoleRoles.Name(r)));
    }
}
