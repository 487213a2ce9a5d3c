using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

/// <summary>The home page's queues, from dossiers the real hub wrote, on the hub's own (fake) clock.</summary>
[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_the_work_queues_are_shown(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    [Test]
    public async Task Should_show_an_overdue_answer_once_the_clock_passes_its_deadline_with_days_late_and_reminders()
    {
        var dossier = await World.OpenDossierWithCdp(Cdp(World, ConsoleWorld.NewAccentedHousehold(out _)));
        var obligation = (await World.DossierAsync(dossier, d => d.Obligations.Count == 1)).Obligations[0];
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        Browser.SignIn(login, password);
        Assert.That(OverdueRowOf(dossier), Is.Null, "not yet due");

        // One day past the CAF's deadline (the listing's period, then 30 days): the hub reminds the CAF.
        await World.AdvanceHubAsync(obligation.DueAt - World.HubClock.GetUtcNow() + TimeSpan.FromDays(1));
        await World.DossierAsync(dossier, d => d.Obligations[0].RemindersSent == 1);
        Browser.Open("/");
        Browser.Screenshot("overdue");

        var row = OverdueRowOf(dossier);
        Assert.That(row, Is.Not.Null, "the answer is overdue");
        Assert.That(row!.FindElement(OpenQA.Selenium.By.XPath("ancestor::table/preceding-sibling::h3[1]")).Text, Does.StartWith("CAF"), "grouped by partner");
        var cells = row.FindElements(OpenQA.Selenium.By.TagName("td")).Select(c => c.Text).ToList();
        Assert.That(cells[2], Is.EqualTo("Résultat de la vérification des droits CAF"));
        Assert.That(cells[3], Is.EqualTo(ParisDates.Date(obligation.DueAt)));
        Assert.That((cells[4], cells[5], cells[6]), Is.EqualTo(("1", "1", "Non")), "days late, reminders sent, escalated");
        Assert.That(int.Parse(Browser.Find("#count-overdue-answers").Text, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Should_count_referrals_alerts_and_this_week_s_cdps()
    {
        var household = ConsoleWorld.NewAccentedHousehold(out _);
        var cdp = Cdp(World, household) with { DeliveredOn = World.Today };
        var dossier = await World.OpenDossierWithCdp(cdp);
        var now = World.HubClock.GetUtcNow();
        await World.SendAccepted(Flows.Tests.FlowMessages.ComplexSituation(household) with { SentAt = now });
        // Served the day after the CDP: less than six weeks, so the hub raises an alert.
        await World.SendAccepted(Flows.Tests.FlowMessages.Assignation(World.Today, cdp.ActReference, household) with { SentAt = now });
        await World.DossierAsync(dossier, d => d.Referrals.Count == 1 && d.Timeline.Any(t => t.IsAlert));
        var (login, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        Browser.SignIn(login, password);

        Browser.Open("/");
        Browser.Screenshot("queues");

        Assert.That(RowOf("#awaiting-examination + table", dossier)?.Text, Does.Contain("Bailleurs sociaux"));
        Assert.That(RowOf("#alerts + table", dossier)?.Text, Does.Contain("Assignation moins de six semaines après le commandement"));
        Assert.That(RowOf("#cdps-this-week + table", dossier)?.Text, Does.Contain(cdp.ActReference));
        foreach (var count in new[] { "#count-awaiting-examination", "#count-alerts", "#count-cdps-this-week" })
        {
            Assert.That(int.Parse(Browser.Find(count).Text, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(1), count);
        }
    }

    private OpenQA.Selenium.IWebElement? OverdueRowOf(Guid dossier) =>
        Browser.FindAll("tr.overdue").FirstOrDefault(r => r.FindElements(OpenQA.Selenium.By.CssSelector($"a[href='/dossiers/{dossier}']")).Count > 0);

    private OpenQA.Selenium.IWebElement? RowOf(string table, Guid dossier) =>
        Browser.FindAll($"{table} tbody tr").FirstOrDefault(r => r.FindElements(OpenQA.Selenium.By.CssSelector($"a[href='/dossiers/{dossier}']")).Count > 0);
}
