using System.Security.Cryptography;
using Ccapex.Hub.Console.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Console.Accounts;

/// <summary>
/// `./hub users add LOGIN ROLE | disable LOGIN | reset LOGIN | list`: the console's accounts, in the store the
/// console reads (CCAPEX_STORE, CCAPEX_POSTGRES, CCAPEX_DATA_DIR). add and reset print a new password once, or
/// take it from the first line of standard input with --password-stdin. Exit codes: 0 done, 1 refused, 2 usage.
/// </summary>
public static class UsersCommand
{
    public const string Usage = """
        Usage: users add LOGIN ROLE [--password-stdin]   a new account (ROLE: secretariat, operator, auditor)
               users disable LOGIN                       the account can no longer sign in; its sessions end
               users reset LOGIN [--password-stdin]      a new password; the account is enabled and unlocked
               users list                                logins, roles and states (no password)
        """;

    public static async Task<int> RunAsync(string[] args, ConsoleOptions options, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var fromStdin = args.Contains("--password-stdin", StringComparer.Ordinal);
        var words = args.Where(a => a != "--password-stdin").ToArray();
        var verb = words.ElementAtOrDefault(0);
        var expected = verb switch { "add" => 3, "disable" or "reset" => 2, "list" => 1, _ => -1 };
        if (expected < 0 || words.Length != expected || (fromStdin && verb is not ("add" or "reset")))
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var login = Logins.Fold(words.ElementAtOrDefault(1));
        if (verb != "list" && !Logins.IsValid(login))
        {
            await error.WriteLineAsync("users: a login is 2 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit.").ConfigureAwait(false);
            return 2;
        }

        var role = ConsoleRole.Auditor;
        if (verb == "add" && !ConsoleRoles.TryParse(words[2], out role))
        {
            await error.WriteLineAsync($"users: unknown role; known roles: {ConsoleRoles.Known}.").ConfigureAwait(false);
            return 2;
        }

        string? password = null;
        if (verb is "add" or "reset")
        {
            password = fromStdin ? (await input.ReadLineAsync().ConfigureAwait(false))?.TrimEnd('\r') : NewPassword();
            if (password is null || password.Length < Logins.MinimumPasswordLength)
            {
                await error.WriteLineAsync($"users: a password has at least {Logins.MinimumPasswordLength} characters.").ConfigureAwait(false);
                return 2;
            }
        }

        var store = new ConsoleStore(Options.Create(options));
        await using (store.ConfigureAwait(false))
        {
            await ConsoleSchema.EnsureCreatedAsync(store, CancellationToken.None).ConfigureAwait(false);
            var users = new UserStore(store, TimeProvider.System);
            var hasher = new PasswordHasher<ConsoleUser>();
            switch (verb)
            {
                case "add":
                    if (!await users.AddAsync(login, role, hasher.HashPassword(Placeholder(login), password!), CancellationToken.None).ConfigureAwait(false))
                    {
                        await error.WriteLineAsync($"users: the login {login} is taken.").ConfigureAwait(false);
                        return 1;
                    }

                    await output.WriteLineAsync($"account {login} added ({ConsoleRoles.Name(role)})").ConfigureAwait(false);
                    break;
                case "disable":
                    if (!await users.DisableAsync(login, CancellationToken.None).ConfigureAwait(false))
                    {
                        await error.WriteLineAsync($"users: no account {login}.").ConfigureAwait(false);
                        return 1;
                    }

                    await output.WriteLineAsync($"account {login} disabled").ConfigureAwait(false);
                    return 0;
                case "reset":
                    if (!await users.ResetAsync(login, hasher.HashPassword(Placeholder(login), password!), CancellationToken.None).ConfigureAwait(false))
                    {
                        await error.WriteLineAsync($"users: no account {login}.").ConfigureAwait(false);
                        return 1;
                    }

                    await output.WriteLineAsync($"account {login}: new password set").ConfigureAwait(false);
                    break;
                default:
                    foreach (var user in await users.ListAsync(CancellationToken.None).ConfigureAwait(false))
                    {
                        var state = !user.Enabled ? "disabled" : user.IsLockedAt(DateTimeOffset.UtcNow) ? "locked" : "enabled";
                        await output.WriteLineAsync($"{user.Login}\t{ConsoleRoles.Name(user.Role)}\t{state}").ConfigureAwait(false);
                    }

                    return 0;
            }
        }

        if (!fromStdin)
        {
            await output.WriteLineAsync($"password (shown once): {password}").ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>20 characters from 15 random bytes (base64url: no quote or space to escape).</summary>
    public static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', '-').Replace('/', '_');

    // PasswordHasher's default implementation ignores the user; a value is passed all the same.
    private static ConsoleUser Placeholder(string login) =>
        new() { Id = Guid.Empty, Login = login, Role = ConsoleRole.Auditor, PasswordHash = "", SecurityStamp = "", Enabled = true };
}
