using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_an_agent_opens_a_dossier(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    private Guid _dossier;
    private string _suffix = string.Empty;

    [OneTimeSetUp]
    public async Task OpenAReferredAndExaminedDossier()
    {
        var household = ConsoleWorld.NewAccentedHousehold(out _suffix);
        _dossier = await World.OpenDossierWithCdp(Cdp(World, household));
        var now = World.HubClock.GetUtcNow();
        Assert.That(await World.SendAccepted(Flows.Tests.FlowMessages.ComplexSituation(household) with { SentAt = now }), Is.EqualTo(_dossier));
        await World.DossierAsync(_dossier, d => d.Referrals.Count == 1);
    }

    [Test]
    public async Task Should_show_the_household_landlord_stage_obligations_referrals_and_timeline()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        Browser.SignIn(login, password);

        Browser.Open($"/dossiers/{_dossier}");
        Browser.Screenshot("dossier");

        Assert.That(Browser.Find("#dossier-id").Text, Is.EqualTo(_dossier.ToString()));
        Assert.That(Browser.Find("#tenants").Text, Does.Contain("Hélène Lefèvre-Œuvray"));
        Assert.That(Browser.Find("#stage").Text, Is.EqualTo("Commandement de payer"));
        var page = Browser.Find("main").Text;
        Assert.That(page, Does.Contain("Jean-Pierre Durand").And.Contain("Personne physique"), "the landlord");
        Assert.That(page, Does.Contain("14 rue Ordener").And.Contain("75018 Paris"));
        var obligations = Browser.Find("#obligations + table").Text;
        Assert.That(obligations, Does.Contain("CAF").And.Contain("Résultat de la vérification des droits CAF").And.Contain("En attente"));
        Assert.That(obligations, Does.Match(@"\d{2}/\d{2}/\d{4}"), "dates as dd/mm/yyyy");
        Assert.That(Browser.Find("#referrals + table").Text, Does.Contain("Bailleurs sociaux").And.Contain("En attente d'examen"));
        Assert.That(Browser.Find("#timeline + table").Text, Does.Contain("Notification de commandement de payer").And.Contain("Saisine pour situation complexe"));
    }

    [Test]
    public async Task Should_keep_names_out_of_the_title_and_the_address()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        Browser.SignIn(login, password);

        Browser.Open($"/dossiers/{_dossier}");

        Assert.That(Browser.Title, Is.EqualTo($"Dossier {_dossier.ToString("N")[..8]} – Console CCAPEX"));
        Assert.That(Browser.Url, Does.Not.Contain(_suffix));
    }

    [Test]
    public async Task Should_record_who_opened_which_dossier_and_when()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        var user = await World.Console<UserStore>().FindByLoginAsync(login, CancellationToken.None);
        var before = World.SecurityClock.GetUtcNow();
        Browser.SignIn(login, password);

        Browser.Open($"/dossiers/{_dossier}");
        Browser.Open($"/dossiers/{_dossier}");

        var mine = (await World.ConsultationsAsync(_dossier)).Where(c => c.UserId == user!.Id).ToList();
        Assert.That(mine, Has.Count.EqualTo(2), "every opening");
        Assert.That(mine.Select(c => c.Login), Is.All.EqualTo(login));
        Assert.That(mine.Select(c => c.At), Is.All.EqualTo(before).Within(TimeSpan.FromMilliseconds(1)), "on the real clock (fake here, and not moved)");

        var (auditor, auditorPassword) = await World.AddUserAsync(ConsoleRole.Auditor);
        Browser.SignIn(auditor, auditorPassword);
        Browser.Open("/consultations");
        Browser.Screenshot("consultations");
        Assert.That(Browser.Find("#consultations").Text, Does.Contain(login).And.Contain(_dossier.ToString()));
    }

    [Test]
    public async Task Should_show_the_recommendations_once_the_ccapex_examined_the_household()
    {
        var household = ConsoleWorld.NewAccentedHousehold(out _);
        var dossier = await World.OpenDossierWithCdp(Cdp(World, household));
        var examination = Flows.Tests.FlowMessages.Examination(dossier, World.Today) with { SentAt = World.HubClock.GetUtcNow() };
        await World.SendAccepted(examination);
        await World.DossierAsync(dossier, d => d.Recommendations.Count > 0);
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        Browser.SignIn(login, password);

        Browser.Open($"/dossiers/{dossier}");

        var recommendations = Browser.Find("#recommendations + table").Text;
        foreach (var recommendation in examination.Recommendations)
        {
            Assert.That(recommendations, Does.Contain(recommendation.Text));
        }

        Assert.That(Browser.Find("main").Text, Does.Contain(ParisDates.Date(World.Today)), "the examination's date");
    }

    [Test]
    public async Task Should_answer_404_for_a_dossier_that_does_not_exist_and_record_nothing()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        using var http = new ConsoleHttp(World.Address);
        await http.SignInAsync(login, password);
        var missing = Guid.NewGuid();

        using var page = await http.GetAsync($"/dossiers/{missing}");

        Assert.That(page.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
        Assert.That(await World.ConsultationsAsync(missing), Is.Empty);
    }
}
