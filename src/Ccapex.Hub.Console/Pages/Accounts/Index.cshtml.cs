using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ccapex.Hub.Console.Pages.Accounts;

/// <summary>The accounts, for the operators: disable one from the browser (as `./hub users disable`); its sessions end at once.</summary>
[Authorize(Policy = ConsolePolicies.ManageAccounts)]
public sealed partial class AccountsModel(UserStore users, TimeProvider time, ILogger<AccountsModel> logger) : PageModel
{
    public IReadOnlyList<ConsoleUser> Users { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Done { get; private set; }

    public async Task OnGetAsync(string? done)
    {
        Done = done == "disabled" ? Texts.AccountDisabledDone : null;
        await LoadAsync().ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostDisableAsync(string? login)
    {
        var folded = Logins.Fold(login);
        var target = Logins.IsValid(folded) ? await users.FindByLoginAsync(folded, HttpContext.RequestAborted).ConfigureAwait(false) : null;
        if (target is null || target.Id == User.UserId())
        {
            return BadRequest();
        }

        await users.DisableAsync(folded, HttpContext.RequestAborted).ConfigureAwait(false);
        LogDisabled(target.Id, User.UserId());
        return RedirectToPage(new { done = "disabled" });
    }

    private async Task LoadAsync()
    {
        Now = time.GetUtcNow();
        Users = await users.ListAsync(HttpContext.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} disabled from the console by account {By}")]
    partial void LogDisabled(Guid userId, Guid? by);
}
