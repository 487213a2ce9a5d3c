using System.Net;
using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_an_agent_searches_for_a_dossier(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    private Guid _dossier;
    private string _suffix = string.Empty;
    private string _act = string.Empty;

    [OneTimeSetUp]
    public async Task OpenADossier()
    {
        var household = ConsoleWorld.NewAccentedHousehold(out _suffix);
        _act = "CDP-CONSOLE-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        _dossier = await World.OpenDossierWithCdp(Cdp(World, household, _act));
    }

    [TestCase("lefevre oeuvray {0}")]
    [TestCase("LEFÈVRE-ŒUVRAY {0}")]
    [TestCase("oeuvr {0} hel")]
    public async Task Should_find_it_by_name_whatever_the_case_and_accents(string query)
    {
        await SignInAsAgent();

        Search(string.Format(System.Globalization.CultureInfo.InvariantCulture, query, _suffix));

        Assert.That(ResultIds(), Does.Contain(_dossier));
        Assert.That(Browser.Url, Does.Contain("?t=").And.Not.Contain(_suffix).And.Not.Contain("oeuvr").And.Not.Contain("OEUVR"),
            "the name typed never reaches the URL");
        Assert.That(Browser.Title, Is.EqualTo("Rechercher un dossier – Console CCAPEX"));
        Assert.That(Browser.Find("table tbody").Text, Does.Contain("LEFÈVRE-ŒUVRAY"));
        Browser.Screenshot("results");
    }

    [Test]
    public async Task Should_find_it_by_act_reference_written_another_way()
    {
        await SignInAsAgent();

        Search(_act.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));

        Assert.That(ResultIds(), Is.EqualTo(new[] { _dossier }));
    }

    [Test]
    public async Task Should_find_it_by_postcode_and_by_dossier_id()
    {
        await SignInAsAgent();

        Search("75018");
        var byPostcode = ResultIds();
        Search(_dossier.ToString("N")[..8]);
        var byPrefix = ResultIds();
        Search(_dossier.ToString());
        var byId = ResultIds();

        Assert.That(byPostcode, Does.Contain(_dossier), "the newest dossiers of the postcode come first");
        Assert.That(byPrefix, Is.EqualTo(new[] { _dossier }));
        Assert.That(byId, Is.EqualTo(new[] { _dossier }));
    }

    [Test]
    public async Task Should_say_when_nothing_matches()
    {
        await SignInAsAgent();

        Search("Personne Inconnue " + _suffix + "zz");

        Assert.That(ResultIds(), Is.Empty);
        Assert.That(Browser.Find("main").Text, Does.Contain("Aucun dossier ne correspond."));
    }

    [Test]
    public async Task Should_not_show_a_search_to_another_account_that_has_its_token()
    {
        await SignInAsAgent();
        Search("lefevre " + _suffix);
        var url = new Uri(Browser.Url).PathAndQuery.Split('#')[0];
        var (other, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        using var http = new ConsoleHttp(World.Address);
        await http.SignInAsync(other, password);

        using var page = await http.GetAsync(url);
        var html = await page.Content.ReadAsStringAsync();

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Not.Contain(_dossier.ToString()).And.Not.Contain(_suffix));
    }

    private async Task SignInAsAgent()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        Browser.SignIn(login, password);
    }

    private void Search(string query)
    {
        Browser.Open("/dossiers/search");
        Browser.Type("#query", query);
        Browser.Find("main form button[type=submit]").Click();
        Browser.WaitUntil(d => d.Url.Contains("?t=", StringComparison.Ordinal));
    }

    private List<Guid> ResultIds() =>
        [.. Browser.FindAll("main table tbody a").Select(a => Guid.Parse(new Uri(a.GetAttribute("href")!).AbsolutePath.Split('/')[^1]))];
}
