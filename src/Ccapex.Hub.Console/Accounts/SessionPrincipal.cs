using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Console.Accounts;

/// <summary>
/// The signed-in account in the session cookie (id, login, role, security stamp, sign-in time), and its check on
/// every request: a disabled or reset account, or a session older than <see cref="ConsoleOptions.SessionMaximum"/>, is
/// signed out at once.
/// </summary>
public static class SessionPrincipal
{
    public const string StampClaim = "ccapex:stamp";
    public const string SignedInClaim = "ccapex:signed-in";

    public static ClaimsPrincipal For(ConsoleUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString("D")),
                new Claim(ClaimTypes.Name, user.Login),
                new Claim(ClaimTypes.Role, ConsoleRoles.Name(user.Role)),
                new Claim(StampClaim, user.SecurityStamp),
                new Claim(SignedInClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var principal = context.Principal;
        var options = services.GetRequiredService<IOptions<ConsoleOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedIn = long.TryParse(principal?.FindFirstValue(SignedInClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
        var user = principal?.UserId() is { } id
            ? await services.GetRequiredService<UserStore>().FindByIdAsync(id, context.HttpContext.RequestAborted).ConfigureAwait(false)
            : null;
        if (user is null || !user.Enabled || user.SecurityStamp != principal?.FindFirstValue(StampClaim)
            || ConsoleRoles.Name(user.Role) != principal?.FindFirstValue(ClaimTypes.Role) || now - signedIn > options.SessionMaximum)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
