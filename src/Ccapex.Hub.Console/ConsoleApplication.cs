using System.Net;
using Ccapex.Hub.Console.Accounts;
using Ccapex.Hub.Console.Consultations;
using Ccapex.Hub.Console.Dossiers;
using Ccapex.Hub.Console.Store;
using Ccapex.Hub.Console.Web;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Console;

/// <summary>
/// Builds the console: <see cref="CreateBuilder"/> gives the services (tests replace the clocks after it), <see cref="Build"/>
/// the pipeline: security headers, status pages, cookie authentication checked against the store on every request,
/// authorization by role, anti-forgery on every form (Razor Pages validate every POST), Razor Pages.
/// </summary>
public static class ConsoleApplication
{
    public const string ReadyLine = "Ccapex.Hub.Console ready";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            // The pages are found in this assembly, whoever hosts it (the tests do).
            ApplicationName = typeof(ConsoleApplication).Assembly.GetName().Name,
        });
        AddSettings(builder.Configuration, args);

        var services = builder.Services;
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section)
            .Validate(o => o.Port is >= 0 and <= 65535, "Console:Port (CCAPEX_CONSOLE_PORT) must be from 0 to 65535.")
            .Validate(o => IPAddress.TryParse(o.BindAddress, out _), "Console:BindAddress must be an IP address such as 127.0.0.1.")
            .Validate(o => o.SessionIdle > TimeSpan.Zero && o.SessionMaximum >= o.SessionIdle, "Console:SessionIdle must be positive and no longer than Console:SessionMaximum.")
            .Validate(o => o.MaxFailedAttempts >= 1 && o.Lockout > TimeSpan.Zero, "Console:MaxFailedAttempts must be at least 1 and Console:Lockout positive.")
            .Validate(o => o.Store.Provider != ConsoleStoreProvider.Postgres || !string.IsNullOrWhiteSpace(o.Store.ConnectionString ?? o.Store.PostgresConnectionString),
                "A PostgreSQL store (CCAPEX_STORE=postgres) needs CCAPEX_POSTGRES.")
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new HubClock(Time.DemoTime.FromEnvironment()));
        services.AddSingleton<ConsoleStore>();
        services.AddHostedService<ConsoleStoreInitializer>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<IPasswordHasher<ConsoleUser>, PasswordHasher<ConsoleUser>>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<DossierRows>();
        services.AddSingleton<DossierIndex>();
        services.AddSingleton<SearchTokens>();
        services.AddSingleton<IDossierConsultations, StoreDossierConsultations>();
        services.AddMemoryCache(cache => cache.SizeLimit = 100_000);

        // French as it is written, not as numeric entities (Razor encodes only what HTML needs).
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var dataDirectory = builder.Configuration[$"{ConsoleOptions.Section}:DataDirectory"] ?? new ConsoleOptions().DataDirectory;
        var keys = Path.Combine(dataDirectory, "console-keys");
        OwnerOnlyDirectory.Create(keys);
        services.AddDataProtection().SetApplicationName("Ccapex.Hub.Console").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<ConsoleOptions>>((cookie, console) =>
            {
                cookie.Cookie.Name = "ccapex_console";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = console.Value.SessionIdle;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/logout";
                cookie.Events.OnValidatePrincipal = SessionPrincipal.ValidateAsync;
                // A role that may not: 403 on the page and on the form post alike, with the status page's text.
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization(ConsolePolicies.Add);
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "ccapex_console_af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(pages =>
        {
            // Signed in for everything but the sign-in page, the status pages and the style sheet.
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToPage("/Login");
            pages.Conventions.AllowAnonymousToPage("/Status");
        });

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var options = context.Configuration.GetSection(ConsoleOptions.Section).Get<ConsoleOptions>() ?? new ConsoleOptions();
            var address = IPAddress.TryParse(options.BindAddress, out var parsed) ? parsed : IPAddress.Loopback;
            kestrel.Listen(address, options.Port is >= 0 and <= 65535 ? options.Port : 0);
            kestrel.AddServerHeader = false;
        });
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseExceptionHandler("/status/500");
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStyleSheet();
        app.MapRazorPages();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            System.Console.WriteLine($"{ReadyLine} on {string.Join(", ", addresses ?? [])}");
        });
        return app;
    }

    /// <summary>The address Kestrel listens on once started (a free port when Console:Port is 0).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>CCAPEX_* win over appsettings.json and Console__*; the command line wins over everything.</summary>
    public static void AddSettings(IConfigurationBuilder configuration, string[] args)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.AddInMemoryCollection(ConsoleEnvironment.Read(Environment.GetEnvironmentVariable));
        configuration.AddCommandLine(args ?? []);
    }
}
