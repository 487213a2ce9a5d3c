using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Console.Accounts;

/// <summary>
/// Checks a login and password: ASP.NET Core's <see cref="PasswordHasher{TUser}"/>, a lockout after
/// <see cref="ConsoleOptions.MaxFailedAttempts"/> failures in a row (a locked account is refused without its password
/// being checked), disabled accounts refused. Logs name the account by its id, never by its login.
/// </summary>
public sealed partial class SignInService(UserStore users, IPasswordHasher<ConsoleUser> hasher, IOptions<ConsoleOptions> options,
    TimeProvider time, ILogger<SignInService> logger)
{
    // Checked against when the login is unknown, so an unknown login costs the same time as a wrong password.
    private static readonly ConsoleUser Decoy = new() { Id = Guid.Empty, Login = "", Role = ConsoleRole.Auditor, PasswordHash = "", SecurityStamp = "", Enabled = false };
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<ConsoleUser>().HashPassword(Decoy, "decoy password, never valid"));

    public async Task<SignInOutcome> SignInAsync(string? login, string? password, CancellationToken cancellationToken)
    {
        var folded = Logins.Fold(login);
        var user = Logins.IsValid(folded) ? await users.FindByLoginAsync(folded, cancellationToken).ConfigureAwait(false) : null;
        if (user is null || string.IsNullOrEmpty(password))
        {
            hasher.VerifyHashedPassword(Decoy, DecoyHash.Value, password ?? string.Empty);
            LogUnknown();
            return SignInOutcome.Refused;
        }

        var now = time.GetUtcNow();
        if (!user.Enabled)
        {
            LogDisabled(user.Id);
            return SignInOutcome.Refused;
        }

        if (user.IsLockedAt(now))
        {
            LogLocked(user.Id);
            return SignInOutcome.Refused;
        }

        if (user.LockedUntil is not null)
        {
            // The lockout ran out: a fresh count.
            await users.ClearFailuresAsync(user.Id, cancellationToken).ConfigureAwait(false);
            user = user with { FailedAttempts = 0, LockedUntil = null };
        }

        var settings = options.Value;
        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            await users.RecordFailureAsync(user.Id, settings.MaxFailedAttempts, now + settings.Lockout, cancellationToken).ConfigureAwait(false);
            if (user.FailedAttempts + 1 >= settings.MaxFailedAttempts)
            {
                LogLockedNow(user.Id, settings.MaxFailedAttempts);
            }
            else
            {
                LogWrongPassword(user.Id);
            }

            return SignInOutcome.Refused;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.ReplaceHashAsync(user.Id, hasher.HashPassword(user, password), cancellationToken).ConfigureAwait(false);
        }

        if (user.FailedAttempts > 0)
        {
            await users.ClearFailuresAsync(user.Id, cancellationToken).ConfigureAwait(false);
        }

        LogSignedIn(user.Id, user.Role);
        return new SignInOutcome(user);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused: unknown login")]
    partial void LogUnknown();

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused for account {UserId}: disabled")]
    partial void LogDisabled(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused for account {UserId}: locked")]
    partial void LogLocked(Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused for account {UserId}: wrong password")]
    partial void LogWrongPassword(Guid userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} locked after {Attempts} failed sign-ins in a row")]
    partial void LogLockedNow(Guid userId, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} signed in ({Role})")]
    partial void LogSignedIn(Guid userId, ConsoleRole role);
}
