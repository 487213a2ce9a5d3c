using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Consultations;
using Ccapex.Hub.Console.Dossiers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ccapex.Hub.Console.Pages.Dossiers;

/// <summary>One dossier, read fresh from the store; its opening is recorded (who, which, when) before anything is shown.</summary>
[Authorize(Policy = ConsolePolicies.ReadDossiers)]
public sealed class DossierModel(DossierRows rows, IDossierConsultations consultations, HubClock clock) : PageModel
{
    public DossierRecord? Dossier { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Dossier = await rows.LoadAsync(id, HttpContext.RequestAborted).ConfigureAwait(false);
        if (Dossier is null || User.UserId() is not { } user)
        {
            return NotFound();
        }

        await consultations.RecordAsync(user, id, HttpContext.RequestAborted).ConfigureAwait(false);
        Now = clock.Now;
        return Page();
    }
}
