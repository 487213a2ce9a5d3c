using Ccapex.Hub.Console.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ccapex.Hub.Console.Pages;

/// <summary>Sign-in: one refusal for every reason (unknown login, wrong password, locked, disabled), then back where the person was going.</summary>
public sealed class LoginModel(SignInService signIn, TimeProvider time) : PageModel
{
    public string? Login { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public bool Refused { get; private set; }

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = Local(returnUrl);
        return User.Identity?.IsAuthenticated == true ? LocalRedirect(ReturnUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? login, string? password, string? returnUrl)
    {
        ReturnUrl = Local(returnUrl);
        var outcome = await signIn.SignInAsync(login, password, HttpContext.RequestAborted).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            Login = login;
            Refused = true;
            return Page();
        }

        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            SessionPrincipal.For(outcome.User!, time.GetUtcNow()),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = true }).ConfigureAwait(false);
        return LocalRedirect(ReturnUrl);
    }

    private string Local(string? returnUrl) => !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
