using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Demo;

/// <summary>
/// Runs the simulated partners: connects to the broker, reads the queues of the partners the demo plays, sends a
/// CDP every <see cref="DemoOptions.CdpInterval"/>, and runs what the agenda says is due on the hub's clock.
/// </summary>
internal sealed partial class SimulatedPartners(IOptions<DemoOptions> options, TimeProvider clock, ILogger<SimulatedPartners> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var rules = CharterRulesLoader.LoadConfigured();
        var played = Played(settings, rules).ToList();
        await using var broker = await PartnerLinks.ConnectAsync(settings, [PartnerCode.Huissiers, PartnerCode.Drihl, PartnerCode.Caf, PartnerCode.PrefecturePolice, .. played], stoppingToken);
        using var http = new HttpClient { BaseAddress = string.IsNullOrWhiteSpace(settings.GatewayUrl) ? null : new Uri(settings.GatewayUrl), Timeout = TimeSpan.FromSeconds(30) };
        var gateway = http.BaseAddress is null ? null : new GatewayClient(http);
        var labels = new DossierLabels();
        var demo = new DemoContext(broker, gateway, settings, clock, new HubAgenda(clock), new Feed(clock, labels, Console.Out), labels);
        var bailiffs = new BailiffDesk(demo, new CdpGenerator(settings.Seed, clock), new PrefectureDesk(demo), rules.Members);
        await demo.ConsumeAsync(PartnerCode.Huissiers, bailiffs.HandleAsync, stoppingToken);
        await demo.ConsumeAsync(PartnerCode.Drihl, new DrihlDesk(demo).HandleAsync, stoppingToken);
        Task webhook = Task.CompletedTask;
        foreach (var partner in played)
        {
            var desk = new PartnerDesk(demo, partner, rules.MemberOf(partner));
            if (partner.Value == settings.WebhookPartner)
            {
                // As the webhook worker reads it: the file's text without its final line break, in UTF-8.
                var secret = System.Text.Encoding.UTF8.GetBytes((await File.ReadAllTextAsync(settings.WebhookSecretFile!, stoppingToken)).TrimEnd('\r', '\n'));
                webhook = new WebhookReceiver(demo, desk, settings.WebhookPrefix!, secret).RunAsync(stoppingToken);
            }
            else
            {
                await demo.ConsumeAsync(partner, desk.HandleAsync, stoppingToken);
            }
        }

        demo.Feed.Note($"Simulated partners ready: a CDP every {settings.CdpInterval.TotalSeconds:0.#} s; hub time {clock.GetUtcNow():yyyy-MM-dd}.");
        var nextCdp = TimeSpan.Zero;
        using var timer = new PeriodicTimer(Tick);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            nextCdp -= Tick;
            try
            {
                if (nextCdp <= TimeSpan.Zero && (settings.MaxCdps == 0 || bailiffs.Sent < settings.MaxCdps))
                {
                    nextCdp = settings.CdpInterval;
                    await bailiffs.SubmitNextAsync(stoppingToken);
                }

                await demo.Agenda.RunDueAsync(stoppingToken);
                if (webhook.IsFaulted)
                {
                    await webhook;
                }
            }
            catch (Exception failure) when (failure is HttpRequestException or RabbitMQ.Client.Exceptions.RabbitMQClientException or IOException)
            {
                // A partner whose message failed says so and goes on, as a real one would retry later.
                LogFailed(failure.Message);
            }
        }
    }

    /// <summary>
    /// The partners the demo answers for: every recipient, except those a reference worker plays; for a role whose
    /// organisations connect one by one (the social landlords), each of them.
    /// </summary>
    private static IEnumerable<PartnerCode> Played(DemoOptions settings, CharterRules rules)
    {
        PartnerCode[] recipients =
        [
            PartnerCode.LetterService, PartnerCode.Departement, PartnerCode.BailleurSocial, PartnerCode.ActionLogement,
            PartnerCode.Adil75, PartnerCode.FapEsh, PartnerCode.Fapil, PartnerCode.Bdf,
        ];
        return recipients
            .Concat(settings.SimulateCaf ? [PartnerCode.Caf] : [])
            .Concat(settings.SimulatePrefecture ? [PartnerCode.PrefecturePolice] : [])
            .SelectMany(role => rules.MembersOf(role) is { Count: > 0 } members ? members.Select(m => m.Code) : [role]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A simulated partner's message failed: {Reason}")]
    private partial void LogFailed(string reason);
}
