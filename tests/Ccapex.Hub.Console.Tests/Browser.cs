using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Ccapex.Hub.Console.Tests;

/// <summary>
/// Debian's headless Chromium driven through its chromedriver (both from apt: `./hub test` installs them); nothing is
/// downloaded. Screenshots go with the test's results.
/// </summary>
internal sealed class Browser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";

    private readonly ChromeDriver _driver;
    private readonly Uri _site;
    private readonly string _name;

    /// <param name="name">Goes in the screenshots' file names (the store, say), so two fixtures' never overwrite each other.</param>
    public Browser(Uri site, string name)
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(DriverPath))
        {
            Assert.Fail($"{ChromiumPath} or {DriverPath} is missing: run the tests with `./hub test` (it installs chromium and chromium-driver), or apt-get install -y chromium chromium-driver.");
        }

        _site = site;
        _name = name;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1024", "--lang=fr-FR");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        _driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
    }

    public IWebDriver Driver => _driver;

    public string Url => _driver.Url;

    public string Title => _driver.Title;

    public string Text => _driver.FindElement(By.TagName("body")).Text;

    public void Open(string path) => _driver.Navigate().GoToUrl(new Uri(_site, path));

    public IWebElement Find(string css) => _driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => _driver.FindElements(By.CssSelector(css));

    /// <summary>A new session: no cookie of an earlier test.</summary>
    public void Forget()
    {
        Open("/console.css");
        _driver.Manage().Cookies.DeleteAllCookies();
    }

    public void SignIn(string login, string password)
    {
        Forget();
        Open("/login");
        Type("#login", login);
        Type("#password", password);
        Find("form button[type=submit]").Click();
        WaitUntil(d => !d.Url.Contains("/login", StringComparison.Ordinal) || d.FindElements(By.Id("sign-in-error")).Count > 0);
    }

    public void Type(string css, string text)
    {
        var field = Find(css);
        field.Clear();
        field.SendKeys(text);
    }

    public void WaitUntil(Func<IWebDriver, bool> condition) => new WebDriverWait(_driver, TimeSpan.FromSeconds(30)).Until(condition);

    /// <summary>Saves what the browser shows and attaches it to the running test's results.</summary>
    public void Screenshot(string name)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{TestContext.CurrentContext.Test.ClassName?.Split('.')[^1]}-{_name}-{Sanitize(TestContext.CurrentContext.Test.Name)}-{name}.png");
        ((ITakesScreenshot)_driver).GetScreenshot().SaveAsFile(file);
        TestContext.AddTestAttachment(file, name);
    }

    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
    }

    private static string Sanitize(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' ? c : '_'));
}
