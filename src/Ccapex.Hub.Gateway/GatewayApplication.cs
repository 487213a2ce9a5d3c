using Ccapex.Hub.Charter;
using System.Net;
using Ccapex.Hub.Batches;
using Ccapex.Hub.Batches.Csv;
using Ccapex.Hub.Batches.DropFolder;
using Ccapex.Hub.Batches.Submission;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Validation;
using MassTransit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Gateway;

/// <summary>
/// Builds the gateway: <see cref="CreateBuilder"/> gives the HTTP edge alone (tests put a fake submitter in it),
/// <see cref="AddGatewayMessaging"/> the bus to the hub, <see cref="AddGatewayDropFolder"/> the drop-folder watcher.
/// </summary>
public static partial class GatewayApplication
{
    public const string ReadyLine = "Ccapex.Hub.Gateway ready";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // CCAPEX_* win over appsettings.json and Gateway__*; the command line wins over everything.
        builder.Configuration.AddInMemoryCollection(GatewayEnvironment.Read(Environment.GetEnvironmentVariable));
        builder.Configuration.AddCommandLine(args);

        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        builder.Services.Configure<CdpCsvOptions>(builder.Configuration.GetSection("Gateway:Csv"));
        builder.Services.AddSingleton<ApiKeyStore>();
        builder.Services.AddGatewayRateLimiting();
        builder.AddGatewayTelemetry();

        // The hub's demonstration clock when `./hub up` runs one, or the dates of a CDP would be "in the future" here.
        builder.Services.AddSingleton(Time.DemoTime.FromEnvironment());
        builder.Services.AddSingleton(_ => GatewayRules.Load());
        builder.Services.AddSingleton(sp => new SubmitCdpNotificationValidator(sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<CdpJsonReader>();
        builder.Services.AddCdpBatches();
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = GatewayProblems.AddCode);
        builder.Services.ConfigureHttpJsonOptions(json => ContractJson.Apply(json.SerializerOptions));
        builder.Services.AddOpenApi(OpenApiTransformers.Configure);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var options = context.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();

            // A bad address or port is reported by the options validator at start; listen on loopback meanwhile.
            var address = IPAddress.TryParse(options.BindAddress, out var parsed) ? parsed : IPAddress.Loopback;
            kestrel.Listen(address, options.Port is >= 0 and <= 65535 ? options.Port : 0);
            kestrel.Limits.MaxRequestBodySize = Math.Max(options.MaxBatchBodyBytes, options.MaxSingleBodyBytes);
            kestrel.AddServerHeader = false;
        });
        return builder;
    }

    /// <summary>MassTransit over RabbitMQ, with the hub's JSON rules, to send to the intake and receive the receipts.</summary>
    public static WebApplicationBuilder AddGatewayMessaging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<GatewayOptions>().Validate(
            o => Uri.TryCreate(o.RabbitMqUri, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps",
            $"Gateway:RabbitMqUri ({GatewayEnvironment.RabbitMqUri}) must be an amqp:// or amqps:// URI such as amqp://guest:guest@127.0.0.1:5672/.");
        builder.Services.Configure<CdpSubmitterOptions>(builder.Configuration.GetSection("Gateway:Submitter"));
        builder.Services.AddSingleton<IPartnerMessageSender, MassTransitMessageSender>();
        builder.Services.AddMassTransit(x => x.UsingRabbitMq((context, cfg) =>
        {
            var broker = new Uri(context.GetRequiredService<IOptions<GatewayOptions>>().Value.RabbitMqUri!);
            cfg.Host(broker, host =>
            {
                // MassTransit turns TLS on for port 5671 only; amqps on another port means TLS too.
                if (broker.Scheme == "amqps")
                {
                    host.UseSsl();
                }
            });
            cfg.ConfigureJsonSerializerOptions(ContractJson.Apply);

            // Receipts come back to this queue; under "ccapex." like every hub-owned name, unique per process.
            cfg.OverrideDefaultBusEndpointQueueName(BrokerNames.BusEndpoint("gateway"));
            cfg.ConfigureEndpoints(context);
        }));
        return builder;
    }

    /// <summary>The CDP drop folder under &lt;Gateway:DataDirectory&gt;/drop/cdp, unless Gateway:DropFolder:Enabled is false.</summary>
    public static WebApplicationBuilder AddGatewayDropFolder(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection("Gateway:DropFolder");
        if (!section.GetValue("Enabled", defaultValue: true))
        {
            return builder;
        }

        var dataDirectory = builder.Configuration["Gateway:DataDirectory"];
        builder.Services.AddCdpDropFolder(options =>
        {
            section.Bind(options);
            if (string.IsNullOrWhiteSpace(options.Root) && !string.IsNullOrWhiteSpace(dataDirectory))
            {
                options.Root = CdpDropFolderOptions.RootUnder(dataDirectory);
            }
        });
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapCdpEndpoints();
        app.MapPartnerMessageEndpoints();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GatewayApplication));
            var addresses = Addresses(app);
            LogReady(logger, addresses);
        });
        return app;
    }

    /// <summary>Where the gateway listens, e.g. http://127.0.0.1:8085 (with the real port when 0 was asked).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = ReadyLine + ": listening on {Addresses}")]
    private static partial void LogReady(ILogger logger, IReadOnlyList<string> addresses);
}
