using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Tests;

/// <summary>
/// A fixture on one store's world with a browser of its own; each test starts signed out. Subclasses run on both
/// stores ([TestFixture(ConsoleStoreProvider.Sqlite)], [TestFixture(ConsoleStoreProvider.Postgres)]).
/// </summary>
public abstract class ConsoleFixture(ConsoleStoreProvider provider)
{
    private ConsoleWorld? _world;
    private Browser? _browser;

    internal ConsoleWorld World => _world ?? throw new InvalidOperationException("The world did not start.");

    internal Browser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    [OneTimeSetUp]
    public async Task StartWorld()
    {
        _world = await ConsoleWorld.For(provider);
        _browser = new Browser(_world.Address, provider.ToString());
    }

    [OneTimeTearDown]
    public void StopBrowser() => _browser?.Dispose();

    [SetUp]
    public void SignedOut() => _browser?.Forget();

    /// <summary>A screenshot of a failed test's last page, with its results.</summary>
    [TearDown]
    public void ScreenshotOnFailure()
    {
        if (_browser is not null && TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            _browser.Screenshot("failure");
        }
    }

    internal static SubmitCdpNotification Cdp(ConsoleWorld world, Household? household = null, string? act = null)
    {
        var cdp = Flows.Tests.FlowMessages.Cdp(world.Today, household);
        return act is null ? cdp : cdp with { ActReference = act };
    }
}
