using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Dossiers;
using Ccapex.Hub.Console.Queues;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ccapex.Hub.Console.Pages;

/// <summary>The home page: the work queues with their counts for those who may read dossiers; links only for the others.</summary>
public sealed class IndexModel(DossierIndex index, HubClock clock) : PageModel
{
    /// <summary>Each queue shows its oldest or latest lines; the count says how many there are.</summary>
    public const int RowsShown = 100;

    public WorkQueues? Queues { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = clock.Now;
        if (User.May(ConsolePolicies.ReadDossiers))
        {
            Queues = WorkQueues.Compute(await index.AllAsync(HttpContext.RequestAborted).ConfigureAwait(false), Now);
        }
    }
}
