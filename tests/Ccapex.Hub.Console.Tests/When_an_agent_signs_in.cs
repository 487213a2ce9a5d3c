using System.Net;
using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_an_agent_signs_in(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    [Test]
    public async Task Should_reach_the_work_queues_under_their_login()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);

        Browser.SignIn(login, password);

        Assert.That(new Uri(Browser.Url).AbsolutePath, Is.EqualTo("/"));
        Assert.That(Browser.Title, Is.EqualTo("Tableau de bord – Console CCAPEX"));
        Assert.That(Browser.Find("header .who").Text, Does.Contain(login).And.Contain("Secrétariat CCAPEX"));
        Assert.That(Browser.Find("#count-overdue-answers").Displayed, Is.True);
        Browser.Screenshot("home");
    }

    [Test]
    public async Task Should_keep_the_session_cookie_away_from_scripts_and_other_sites()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);

        Browser.SignIn(login, password);

        var cookie = Browser.Driver.Manage().Cookies.GetCookieNamed("ccapex_console");
        Assert.That(cookie, Is.Not.Null);
        Assert.That(cookie.IsHttpOnly, Is.True);
        Assert.That(cookie.SameSite, Is.EqualTo("Strict"));
        Assert.That(cookie.Expiry, Is.Null, "a session cookie, gone with the browser");
    }

    [Test]
    public async Task Should_refuse_a_wrong_password_with_one_message_for_every_reason()
    {
        var (login, _) = await World.AddUserAsync(ConsoleRole.Secretariat);

        Browser.SignIn(login, "not the password at all");
        var wrongPassword = Browser.Find("#sign-in-error").Text;
        Browser.Screenshot("refused");
        Browser.SignIn("nobody." + Guid.NewGuid().ToString("N")[..8], "not the password at all");
        var unknownLogin = Browser.Find("#sign-in-error").Text;

        Assert.That(new Uri(Browser.Url).AbsolutePath, Is.EqualTo("/login"));
        Assert.That(wrongPassword, Does.StartWith("Identifiant ou mot de passe incorrect"));
        Assert.That(unknownLogin, Is.EqualTo(wrongPassword), "the answer must not tell whether the login exists");
    }

    [Test]
    public async Task Should_end_the_session_after_twenty_idle_minutes()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        Browser.SignIn(login, password);

        World.SecurityClock.Advance(TimeSpan.FromMinutes(21));
        Browser.Open("/");

        Assert.That(new Uri(Browser.Url).AbsolutePath, Is.EqualTo("/login"));
    }

    [Test]
    public async Task Should_end_the_session_when_signing_out()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Operator);
        Browser.SignIn(login, password);

        Browser.Find("header form button[type=submit]").Click();
        Browser.WaitUntil(d => d.Url.Contains("/login", StringComparison.Ordinal));
        Browser.Open("/accounts");

        Assert.That(new Uri(Browser.Url).AbsolutePath, Is.EqualTo("/login"));
    }

    [Test]
    public async Task Should_send_the_security_headers_and_no_script()
    {
        using var http = new ConsoleHttp(World.Address);

        using var page = await http.GetAsync("/login");
        var html = await page.Content.ReadAsStringAsync();

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.That(csp, Does.Contain("frame-ancestors 'none'").And.Contain("default-src 'none'").And.Not.Contain("unsafe-inline"));
        Assert.That(page.Headers.GetValues("X-Frame-Options"), Is.EqualTo(new[] { "DENY" }));
        Assert.That(page.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(page.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("style=\""));
    }

    [Test]
    public async Task Should_refuse_a_form_posted_without_its_anti_forgery_token()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        using var http = new ConsoleHttp(World.Address);

        using var withoutToken = await http.PostAsync("/login", null, ("login", login), ("password", password));

        Assert.That(withoutToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(http.Cookies.GetAllCookies().Any(c => c.Name == "ccapex_console"), Is.False);
    }
}
