using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Consultations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ccapex.Hub.Console.Pages;

/// <summary>Who opened which dossier, newest first (dossier ids only: the auditors need no household's name for it).</summary>
[Authorize(Policy = ConsolePolicies.ReadConsultations)]
public sealed class ConsultationsModel(IDossierConsultations consultations) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<Consultation> Latest { get; private set; } = [];

    public async Task OnGetAsync() => Latest = await consultations.LatestAsync(null, Shown, HttpContext.RequestAborted).ConfigureAwait(false);
}
