using System.Net;
using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

/// <summary>`./hub users add|disable|reset`, run against the store the console reads.</summary>
[TestFixture(ConsoleStoreProvider.Sqlite)]
[TestFixture(ConsoleStoreProvider.Postgres)]
public sealed class When_accounts_are_managed_from_the_command_line(ConsoleStoreProvider provider) : ConsoleFixture(provider)
{
    [Test]
    public async Task Should_add_an_account_that_signs_in_with_its_role()
    {
        var login = "Agent." + Guid.NewGuid().ToString("N")[..8];

        var (code, output, _) = await Users(["add", login, "secretariat", "--password-stdin"], "a password long enough");
        using var http = new ConsoleHttp(World.Address);
        using var signIn = await http.SignInAsync(login.ToLowerInvariant(), "a password long enough");

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain($"account {login.ToLowerInvariant()} added (secretariat)").And.Not.Contain("a password long enough"));
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(signIn.Headers.Location?.OriginalString, Is.EqualTo("/"));
        var stored = await World.Console<UserStore>().FindByLoginAsync(login.ToLowerInvariant(), CancellationToken.None);
        Assert.That(stored!.PasswordHash, Does.Not.Contain("a password long enough"));
        Assert.That(Convert.FromBase64String(stored.PasswordHash)[0], Is.EqualTo(0x01), "ASP.NET Core's PasswordHasher, format v3");
    }

    [Test]
    public async Task Should_print_a_new_password_once_when_none_is_given()
    {
        var login = "agent." + Guid.NewGuid().ToString("N")[..8];

        var (code, output, _) = await Users(["add", login, "auditor"]);
        var password = output.Split("password (shown once): ")[1].Trim();
        using var http = new ConsoleHttp(World.Address);
        using var signIn = await http.SignInAsync(login, password);

        Assert.That(code, Is.Zero);
        Assert.That(password, Has.Length.EqualTo(20));
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Should_refuse_a_taken_login_an_unknown_role_or_a_short_password_and_change_nothing()
    {
        var (taken, password) = await World.AddUserAsync(ConsoleRole.Auditor);
        var fresh = "agent." + Guid.NewGuid().ToString("N")[..8];

        var (takenCode, _, takenError) = await Users(["add", taken, "operator", "--password-stdin"], "another long password");
        var (roleCode, _, roleError) = await Users(["add", fresh, "admin"]);
        var (shortCode, _, shortError) = await Users(["add", fresh, "operator", "--password-stdin"], "short");

        Assert.That((takenCode, roleCode, shortCode), Is.EqualTo((1, 2, 2)));
        Assert.That(takenError, Does.Contain("is taken"));
        Assert.That(roleError, Does.Contain("unknown role"));
        Assert.That(shortError, Does.Contain("at least 12 characters"));
        var users = World.Console<UserStore>();
        Assert.That((await users.FindByLoginAsync(taken, CancellationToken.None))!.Role, Is.EqualTo(ConsoleRole.Auditor));
        Assert.That(await users.FindByLoginAsync(fresh, CancellationToken.None), Is.Null);
        using var http = new ConsoleHttp(World.Address);
        Assert.That((await http.SignInAsync(taken, password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Should_disable_an_account_and_end_its_session()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        using var session = new ConsoleHttp(World.Address);
        await session.SignInAsync(login, password);

        var (code, _, _) = await Users(["disable", login]);
        using var afterwards = await session.GetAsync("/");
        using var again = await new ConsoleHttp(World.Address).SignInAsync(login, password);

        Assert.That(code, Is.Zero);
        Assert.That(afterwards.Headers.Location?.AbsolutePath, Is.EqualTo("/login"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the sign-in form again, refused");
    }

    [Test]
    public async Task Should_reset_a_password_unlock_the_account_and_end_its_sessions()
    {
        var (login, password) = await World.AddUserAsync(ConsoleRole.Secretariat);
        using var session = new ConsoleHttp(World.Address);
        await session.SignInAsync(login, password);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await new ConsoleHttp(World.Address).SignInAsync(login, "wrong password");
        }

        var (code, _, _) = await Users(["reset", login, "--password-stdin"], "the new password here");
        using var oldSession = await session.GetAsync("/");
        using var oldPassword = await new ConsoleHttp(World.Address).SignInAsync(login, password);
        using var newPassword = await new ConsoleHttp(World.Address).SignInAsync(login, "the new password here");

        Assert.That(code, Is.Zero);
        Assert.That(oldSession.Headers.Location?.AbsolutePath, Is.EqualTo("/login"));
        Assert.That(oldPassword.StatusCode, Is.EqualTo(HttpStatusCode.OK), "refused");
        Assert.That(newPassword.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "unlocked, new password");
    }

    private async Task<(int Code, string Output, string Error)> Users(string[] args, string? stdin = null)
    {
        var options = World.Console<Microsoft.Extensions.Options.IOptions<ConsoleOptions>>().Value;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await UsersCommand.RunAsync(args, options, new StringReader(stdin ?? string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
