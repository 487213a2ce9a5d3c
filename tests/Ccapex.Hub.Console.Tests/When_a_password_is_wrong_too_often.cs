using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_a_password_is_wrong_too_often(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    private const int MaxFailedAttempts = 5;

    [Test]
    public async Task Should_lock_the_account_and_refuse_even_the_right_password()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);

        for (var attempt = 0; attempt < MaxFailedAttempts; attempt++)
        {
            Browser.SignIn(login, $"wrong password {attempt}");
        }

        Browser.SignIn(login, password);
        Browser.Screenshot("locked");

        Assert.That(new Uri(Browser.Url).AbsolutePath, Is.EqualTo("/login"));
        Assert.That(Browser.Find("#sign-in-error").Displayed, Is.True);
        var user = await World.Console<UserStore>().FindByLoginAsync(login, CancellationToken.None);
        Assert.That(user!.FailedAttempts, Is.EqualTo(MaxFailedAttempts), "the right password, refused while locked, is not counted");
        Assert.That(user.IsLockedAt(World.SecurityClock.GetUtcNow()), Is.True);
    }

    [Test]
    public async Task Should_not_lock_after_fewer_failures_than_the_limit()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);

        for (var attempt = 0; attempt < MaxFailedAttempts - 1; attempt++)
        {
            Browser.SignIn(login, $"wrong password {attempt}");
        }

        Browser.SignIn(login, password);

        Assert.That(new Uri(Browser.Url).AbsolutePath, Is.EqualTo("/"));
        var user = await World.Console<UserStore>().FindByLoginAsync(login, CancellationToken.None);
        Assert.That(user!.FailedAttempts, Is.Zero, "a sign-in clears the count");
    }

    [Test]
    public async Task Should_let_the_right_password_in_once_the_lockout_has_run_out()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        for (var attempt = 0; attempt < MaxFailedAttempts; attempt++)
        {
            Browser.SignIn(login, $"wrong password {attempt}");
        }

        World.SecurityClock.Advance(TimeSpan.FromMinutes(16));
        Browser.SignIn(login, password);

        Assert.That(new Uri(Browser.Url).AbsolutePath, Is.EqualTo("/"));
        var user = await World.Console<UserStore>().FindByLoginAsync(login, CancellationToken.None);
        Assert.That(user!.FailedAttempts, Is.Zero);
        Assert.That(user.LockedUntil, Is.Null);
    }
}
