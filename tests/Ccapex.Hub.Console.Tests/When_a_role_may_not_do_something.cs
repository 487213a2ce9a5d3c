using System.Net;
using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

/// <summary>Auditors read and change nothing; operators manage accounts and see no household: 403 on the page and on the post.</summary>
[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_a_role_may_not_do_something(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    [Test]
    public async Task Should_answer_403_to_an_auditor_opening_the_accounts_page()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        using var http = new ConsoleHttp(World.Address);
        await http.SignInAsync(login, password);

        using var page = await http.GetAsync("/accounts");
        Browser.SignIn(login, password);
        Browser.Open("/accounts");
        Browser.Screenshot("forbidden");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Browser.Find("h1").Text, Is.EqualTo("Accès refusé"));
        Assert.That(Browser.FindAll("a[href='/accounts']"), Is.Empty, "the menu offers only what the role may open");
    }

    [Test]
    public async Task Should_answer_403_to_an_auditor_posting_the_disable_form_and_disable_nobody()
    {
        var (victim, _) = await World.AddUserAsync(ConsoleRole.Secretariat);
        var (login, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        using var http = new ConsoleHttp(World.Address);
        await http.SignInAsync(login, password);
        // A token valid for this session, from a page the auditor may open (the sign-out form).
        var token = await http.TokenAsync("/");

        using var post = await http.PostAsync("/accounts?handler=Disable", token, ("login", victim));

        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var user = await World.Console<UserStore>().FindByLoginAsync(victim, CancellationToken.None);
        Assert.That(user!.Enabled, Is.True);
    }

    [Test]
    public async Task Should_answer_403_to_an_operator_opening_a_dossier_or_searching()
    {
        var dossier = await World.OpenDossierWithCdp(Cdp(World));
        var (login, password) = await World.AddUserAsync(ConsoleRole.Operator);
        using var http = new ConsoleHttp(World.Address);
        await http.SignInAsync(login, password);
        var token = await http.TokenAsync("/");

        using var page = await http.GetAsync($"/dossiers/{dossier}");
        using var search = await http.PostAsync("/dossiers/search", token, ("query", "Flow"));

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(search.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await World.ConsultationsAsync(dossier), Is.Empty, "a refused opening is not a consultation");
    }

    [Test]
    public async Task Should_let_an_operator_disable_an_account_whose_session_then_ends()
    {
        var (agent, agentPassword) = await World.AddUserAsync(ConsoleRole.Secretariat);
        using var agentSession = new ConsoleHttp(World.Address);
        await agentSession.SignInAsync(agent, agentPassword);
        using (var before = await agentSession.GetAsync("/"))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var (login, password) = await World.AddUserAsync(ConsoleRole.Operator);
        Browser.SignIn(login, password);
        Browser.Open("/accounts");
        Browser.Find($"button[aria-label='Désactiver le compte {agent}']").Click();
        Browser.WaitUntil(d => d.Url.Contains("done=disabled", StringComparison.Ordinal));
        Browser.Screenshot("disabled");

        using var after = await agentSession.GetAsync("/");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location?.AbsolutePath, Is.EqualTo("/login"));
        Assert.That((await World.Console<UserStore>().FindByLoginAsync(agent, CancellationToken.None))!.Enabled, Is.False);
    }
}
