using System.Net;
using System.Text.RegularExpressions;

namespace Ccapex.Hub.Console.Tests;

/// <summary>
/// The console over plain HTTP with a cookie jar, for what a browser does not show (status codes, headers) and for
/// posting a form as a hostile page or a curious account would: redirects are not followed.
/// </summary>
internal sealed partial class ConsoleHttp : IDisposable
{
    private readonly HttpClient _client;

    public ConsoleHttp(Uri site)
    {
        Cookies = new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = site };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Signs in through the form; the answer is the form's (a redirect when it worked).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string login, string password)
    {
        var token = await TokenAsync("/login");
        return await PostAsync("/login", token, ("login", login), ("password", password), ("returnUrl", "/"));
    }

    /// <summary>The anti-forgery token of the page's first form, as this session gets it.</summary>
    public async Task<string> TokenAsync(string path)
    {
        using var page = await GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        Assert.That(match.Success, Is.True, $"no anti-forgery token on {path} ({(int)page.StatusCode})");
        return match.Groups[1].Value;
    }

    public Task<HttpResponseMessage> PostAsync(string path, string? token, params (string Name, string Value)[] fields)
    {
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            form.Add(new("__RequestVerificationToken", token));
        }

        return _client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
