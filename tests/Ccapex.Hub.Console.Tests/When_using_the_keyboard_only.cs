using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Ccapex.Hub.Console.Tests;

/// <summary>Every page can be used with the keyboard alone: each link, button and field comes with Tab, each field has a label.</summary>
[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_using_the_keyboard_only(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    private const string Focusable = "a[href], button, input:not([type=hidden]), select, textarea, summary";

    private Guid _dossier;

    [OneTimeSetUp]
    public async Task OpenADossier() => _dossier = await World.OpenDossierWithCdp(Cdp(World, ConsoleWorld.NewAccentedHousehold(out _)));

    [Test]
    public async Task Should_sign_in_with_tab_and_enter()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        Browser.Open("/login");

        new Actions(Browser.Driver).SendKeys(login).SendKeys(Keys.Tab).SendKeys(password).SendKeys(Keys.Enter).Perform();
        Browser.WaitUntil(d => new Uri(d.Url).AbsolutePath == "/");

        Assert.That(Browser.Title, Does.StartWith("Tableau de bord"));
    }

    [Test]
    public async Task Should_reach_everything_on_the_secretariat_s_pages()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        Check("/login");
        Browser.SignIn(login, password);
        Check("/");
        Check("/dossiers/search");
        Browser.Type("#query", _dossier.ToString());
        Browser.Find("main form button[type=submit]").Click();
        Browser.WaitUntil(d => d.Url.Contains("?t=", StringComparison.Ordinal));
        CheckCurrent("search results");
        Check($"/dossiers/{_dossier}");
        Check("/status/404");
    }

    [Test]
    public async Task Should_reach_everything_on_the_auditor_s_and_operator_s_pages()
    {
        var (auditor, auditorPassword) = await World.AddUserAsync(ConsoleRole.Auditor);
        Browser.SignIn(auditor, auditorPassword);
        Check("/consultations");
        Check("/accounts");
        var (operatorLogin, operatorPassword) = await World.AddUserAsync(ConsoleRole.Operator);
        Browser.SignIn(operatorLogin, operatorPassword);
        Check("/");
        Check("/accounts");
    }

    private void Check(string path)
    {
        Browser.Open(path);
        CheckCurrent(path);
    }

    /// <summary>Tabs from the top of the page until focus comes back to an element already met, then compares with every focusable element.</summary>
    private void CheckCurrent(string page)
    {
        var js = (IJavaScriptExecutor)Browser.Driver;
        // A field with autofocus (the sign-in's login) or a fragment (the search's #results) starts the Tab order there;
        // elsewhere the skip link comes first.
        var autofocus = (bool)js.ExecuteScript("return document.activeElement !== document.body;")! || Browser.Url.Contains('#', StringComparison.Ordinal);
        var count = Convert.ToInt32(js.ExecuteScript(
            $"const all = [...document.querySelectorAll('{Focusable}')]; all.forEach((e, i) => e.dataset.kbd = i); document.activeElement?.blur(); return all.length;"),
            System.Globalization.CultureInfo.InvariantCulture);
        var reached = new List<string>();
        for (var press = 0; press < count + 3; press++)
        {
            new Actions(Browser.Driver).SendKeys(Keys.Tab).Perform();
            var index = js.ExecuteScript("return document.activeElement?.dataset?.kbd ?? null;") as string;
            if (index is not null && !reached.Contains(index))
            {
                reached.Add(index);
            }
        }

        Assert.That(reached, Has.Count.EqualTo(count), $"{page}: Tab reaches {reached.Count} of its {count} links, buttons and fields");
        if (!autofocus)
        {
            Assert.That(reached[0], Is.EqualTo("0"), $"{page}: the first Tab gives the skip link");
        }

        Assert.That(Browser.FindAll(Focusable)[0].GetAttribute("href"), Does.EndWith("#content"));

        foreach (var field in Browser.FindAll("input:not([type=hidden]), select, textarea"))
        {
            var id = field.GetAttribute("id");
            var labelled = !string.IsNullOrEmpty(field.GetAttribute("aria-label"))
                || (!string.IsNullOrEmpty(id) && Browser.FindAll($"label[for='{id}']").Any(l => l.Text.Length > 0));
            Assert.That(labelled, Is.True, $"{page}: the field {field.GetAttribute("name")} has no label");
        }

        foreach (var button in Browser.FindAll("button"))
        {
            Assert.That(button.Text.Length > 0 || !string.IsNullOrEmpty(button.GetAttribute("aria-label")), Is.True, $"{page}: a button without a name");
        }
    }
}
