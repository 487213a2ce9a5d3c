using Ccapex.Hub.Console.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ccapex.Hub.Console.Pages;

/// <summary>
/// What a refused or failed request shows (403, 404, 400...), re-executed by the status-page middleware with the
/// request's own method, so a refused form post gets it too; it has no form, so no anti-forgery check.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        // Asked for directly, this page answers with the code it names, as when re-executed.
        if (code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }

        (Title, Explanation) = code switch
        {
            403 => (Texts.Status403Title, Texts.Status403Text),
            404 => (Texts.Status404Title, Texts.Status404Text),
            400 => (Texts.Status400Title, Texts.Status400Text),
            _ => (Texts.Status500Title, Texts.Status500Text),
        };
    }
}
