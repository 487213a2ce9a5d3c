using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Webhooks.Tests;

/// <summary>Registrations the worker must refuse at start, each with a message naming the setting; the process exits 2.</summary>
[TestFixture]
public sealed class When_settings_are_invalid
{
    private const string GoodSecret = "0123456789abcdef0123456789abcdef";

    private static readonly string[] Broker = ["--Webhooks:RabbitMqUri=amqp://guest:guest@127.0.0.1:5672/"];

    [TestCase("NOBODY", "https://partner.example/hook", GoodSecret, "Webhooks:Partners:NOBODY: unknown partner code 'NOBODY'")]
    [TestCase("caf", "https://partner.example/hook", GoodSecret, "Webhooks:Partners:caf: unknown partner code")]
    [TestCase("CAF", "http://partner.example/hook", GoodSecret, "Webhooks:Partners:CAF:Url must use https://")]
    [TestCase("CAF", "ftp://127.0.0.1/hook", GoodSecret, "Webhooks:Partners:CAF:Url must use https://")]
    [TestCase("CAF", "partner.example/hook", GoodSecret, "Webhooks:Partners:CAF:Url must be the partner's absolute https:// address")]
    [TestCase("CAF", "https://partner.example/hook", "too-short", "Webhooks:Partners:CAF:Secret holds 9 bytes: a webhook secret needs at least 32")]
    [TestCase("CAF", "https://partner.example/hook", "", "Webhooks:Partners:CAF:Secret (or Webhooks:Partners:CAF:SecretFile) is not set")]
    public void Should_refuse_the_registration(string code, string url, string secret, string message)
    {
        var failure = Refusal([.. Broker, $"--Webhooks:Partners:{code}:Url={url}", $"--Webhooks:Partners:{code}:Secret={secret}"]);
        Assert.That(failure, Does.Contain(message));
    }

    [TestCase("MaxAttempts=0", "Webhooks:Partners:CAF:Delivery:MaxAttempts must be from 1 to 100")]
    [TestCase("BreakFailureRatio=1.5", "Webhooks:Partners:CAF:Delivery:BreakFailureRatio must be more than 0 and at most 1")]
    [TestCase("TotalTimeout=00:00:01", "Webhooks:Partners:CAF:Delivery:TotalTimeout must be at least AttemptTimeout")]
    public void Should_refuse_a_policy_polly_cannot_run(string setting, string message)
    {
        var failure = Refusal([.. Broker, "--Webhooks:Partners:CAF:Url=https://partner.example/hook", $"--Webhooks:Partners:CAF:Secret={GoodSecret}", $"--Webhooks:Partners:CAF:Delivery:{setting}"]);
        Assert.That(failure, Does.Contain(message));
    }

    [Test]
    public void Should_refuse_a_worker_with_no_partner()
    {
        Assert.That(Refusal(Broker), Does.Contain("Webhooks:Partners registers no partner"));
    }

    [Test]
    public void Should_refuse_a_broker_uri_that_is_not_amqp()
    {
        var failure = Refusal(["--Webhooks:RabbitMqUri=http://127.0.0.1:15672/", "--Webhooks:Partners:CAF:Url=https://partner.example/hook", $"--Webhooks:Partners:CAF:Secret={GoodSecret}"]);
        Assert.That(failure, Does.Contain("Webhooks:RabbitMqUri (environment variable CCAPEX_RABBITMQ_URI) must be an amqp://"));
    }

    [Test]
    public void Should_accept_https_loopback_http_a_secret_file_and_overrides_key_by_key()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, GoodSecret + "\n");
            var options = Options([.. Broker,
                "--Webhooks:Partners:CAF:Url=https://caf.example/hook", $"--Webhooks:Partners:CAF:SecretFile={file}",
                "--Webhooks:Partners:CAF:Delivery:MaxAttempts=4",
                "--Webhooks:Delivery:RetryDelay=00:00:03",
                "--Webhooks:Partners:DRIHL:Url=http://127.0.0.1:8080/hook", $"--Webhooks:Partners:DRIHL:Secret={GoodSecret}"]);
            var caf = options.Partners["CAF"].Delivery;
            Assert.Multiple(() =>
            {
                Assert.That(caf.MaxAttempts, Is.EqualTo(4), "the partner's own key");
                Assert.That(caf.RetryDelay, Is.EqualTo(TimeSpan.FromSeconds(3)), "the default's key");
                Assert.That(options.Partners["DRIHL"].Delivery.MaxAttempts, Is.EqualTo(8), "the defaults");
                Assert.That(PartnerEndpoint.From(options).Select(p => p.ParkedQueue), Is.EquivalentTo(new[] { "ccapex.caf.parked", "ccapex.drihl.parked" }));
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Should_exit_with_code_2_naming_the_setting()
    {
        using var process = WorkerProcess.Start([.. Broker, "--Webhooks:Partners:CAF:Url=http://caf.example/hook", $"--Webhooks:Partners:CAF:Secret={GoodSecret}"]);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(2), await output);
            Assert.That(await error, Does.StartWith("Ccapex.Hub.Webhooks cannot start:").And.Contain("Webhooks:Partners:CAF:Url must use https://"));
        });
        await Task.CompletedTask;
    }

    private static WebhookOptions Options(string[] args)
    {
        using var host = WebhooksHostBuilder.Create(args).Build();
        return host.Services.GetRequiredService<IOptions<WebhookOptions>>().Value;
    }

    private static string Refusal(string[] args)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => Options(args));
        return refused!.Message;
    }
}
