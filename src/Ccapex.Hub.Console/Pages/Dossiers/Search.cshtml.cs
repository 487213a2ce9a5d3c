using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Dossiers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ccapex.Hub.Console.Pages.Dossiers;

/// <summary>
/// The search: posted (the text typed never goes in a URL), kept under a token for its author, then shown at
/// ?t=TOKEN so the results page can be reloaded.
/// </summary>
[Authorize(Policy = ConsolePolicies.ReadDossiers)]
public sealed class SearchModel(DossierIndex index, SearchTokens tokens) : PageModel
{
    public const int MaxQueryLength = 200;

    public string? Query { get; private set; }

    public IReadOnlyList<DossierRecord>? Results { get; private set; }

    public async Task OnGetAsync(string? t)
    {
        if (User.UserId() is { } user && tokens.Find(user, t) is { } query)
        {
            Query = query;
            Results = DossierSearch.Find(await index.AllAsync(HttpContext.RequestAborted).ConfigureAwait(false), query);
        }
    }

    public IActionResult OnPost(string? query)
    {
        var text = (query ?? string.Empty).Trim();
        if (text.Length == 0 || text.Length > MaxQueryLength || User.UserId() is not { } user)
        {
            return RedirectToPage();
        }

        return Redirect($"/dossiers/search?t={tokens.Keep(user, text)}#results");
    }
}
