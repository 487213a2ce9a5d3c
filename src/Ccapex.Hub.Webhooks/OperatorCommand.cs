using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Microsoft.Extensions.Configuration;
using RabbitMQ.Client;

namespace Ccapex.Hub.Webhooks;

/// <summary>
/// The operator's commands (`./hub webhooks parked [CODE]`, `./hub webhooks resume CODE`): list parked
/// messages with their reasons, or move a partner's parked messages back to its queue. Exit codes: 0 done,
/// 2 bad usage or setting, 1 broker failure.
/// </summary>
public static class OperatorCommand
{
    public const string Parked = "parked";
    public const string Resume = "resume";

    private const string Usage = "usage: Ccapex.Hub.Webhooks parked [CODE] | resume CODE  (broker from CCAPEX_RABBITMQ_URI or --Webhooks:RabbitMqUri=...)";

    private static CharterRules Rules => field ??= CharterRulesLoader.LoadConfigured();

    public static bool Handles(string[] args) => args is [Parked or Resume, ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var words = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var settings = args[words.Length..];
        PartnerCode? partner = null;
        if (words is not ([Parked] or [Parked, _] or [Resume, _]))
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        if (words.Length == 2)
        {
            if (!PartnerCode.TryParse(words[1], out var code) || !Rules.IsIdentity(code))
            {
                await error.WriteLineAsync($"Unknown partner code '{words[1]}'. Known codes: {string.Join(", ", Rules.Partners)}.").ConfigureAwait(false);
                return 2;
            }

            partner = code;
        }

        var uri = BrokerUri(settings);
        if (WebhookOptionsValidator.BrokerUriError(uri) is { } invalid)
        {
            await error.WriteLineAsync(invalid).ConfigureAwait(false);
            return 2;
        }

        var factory = new ConnectionFactory { Uri = new Uri(uri!), ClientProvidedName = "ccapex-webhooks-operator" };
        factory.Ssl.Enabled = factory.Uri.Scheme == "amqps";
        factory.Ssl.ServerName = factory.HostName;
        try
        {
            var connection = await factory.CreateConnectionAsync().ConfigureAwait(false);
            await using var scope = connection.ConfigureAwait(false);
            if (words[0] == Resume)
            {
                var moved = await ParkedMessages.ResumeAsync(connection, partner!.Value).ConfigureAwait(false);
                await output.WriteLineAsync($"{partner}: {moved} message(s) moved from {PartnerEndpoint.ParkedQueueOf(partner.Value)} back to its queue.").ConfigureAwait(false);
                return 0;
            }

            var any = false;
            foreach (var code in partner is { } one ? [one] : Rules.Partners)
            {
                var lines = await ParkedMessages.ListAsync(connection, code).ConfigureAwait(false);

                // Listing every partner shows only those with something parked; one partner is always answered.
                if (lines.Count > 1 || partner is not null)
                {
                    any = true;
                    foreach (var line in lines)
                    {
                        await output.WriteLineAsync(line).ConfigureAwait(false);
                    }
                }
            }

            if (!any)
            {
                await output.WriteLineAsync("No parked webhook delivery.").ConfigureAwait(false);
            }

            return 0;
        }
        catch (Exception failure) when (failure is RabbitMQ.Client.Exceptions.BrokerUnreachableException or RabbitMQ.Client.Exceptions.OperationInterruptedException or IOException)
        {
            await error.WriteLineAsync($"Broker failure: {failure.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    private static string? BrokerUri(string[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddWebhookSources(settings)
            .Build();
        return configuration[WebhookEnvironment.RabbitMqUriKey];
    }
}
