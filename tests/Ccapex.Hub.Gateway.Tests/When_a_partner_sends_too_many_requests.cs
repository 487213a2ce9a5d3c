using System.Net;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Gateway.Tests;

/// <summary>Per-partner rate limits on a gateway with small ones: 3 requests a minute per partner, 2 per address without a known key.</summary>
public sealed class When_a_partner_sends_too_many_requests
{
    private const int PartnerLimit = 3;
    private const int AnonymousLimit = 2;
    private readonly FakeSubmitter _submitter = new();
    private RunningGateway _gateway = null!;

    [OneTimeSetUp]
    public async Task Start() => _gateway = await RunningGateway.StartAsync(
        _submitter,
        $"--Gateway:RateLimit:PartnerPermitLimit={PartnerLimit}",
        $"--Gateway:RateLimit:AnonymousPermitLimit={AnonymousLimit}",
        "--Gateway:RateLimit:Window=00:01:00");

    [OneTimeTearDown]
    public async Task Stop() => await _gateway.DisposeAsync();

    private static ProcedureStageReached Stage() => SampleMessages.ProcedureStageReached() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Huissiers };

    private bool WasSent(Guid messageId) => _gateway.Messages!.Sent.Any(m => m.MessageId == messageId);

    [Test]
    public async Task Should_answer_429_with_retry_after_over_the_limit_and_leave_another_partner_alone()
    {
        for (var i = 0; i < PartnerLimit; i++)
        {
            var accepted = await Answer.ReadAsync(await _gateway.PostJsonAsync("/v1/messages/procedure-stage-reached", RunningGateway.HuissiersKey, Stage()));
            Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.Accepted), $"request {i + 1}: {accepted.Body}");
        }

        var over = Stage();
        using var response = await _gateway.PostJsonAsync("/v1/messages/procedure-stage-reached", RunningGateway.HuissiersKey, over);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var refused = await Answer.ReadAsync(response);
        var status = SampleMessages.SixMonthStatusReported() with { MessageId = Guid.NewGuid(), Sender = PartnerCode.Caf };
        var other = await Answer.ReadAsync(await _gateway.PostJsonAsync("/v1/messages/six-month-status-reported", RunningGateway.CafKey, status));

        Assert.Multiple(() =>
        {
            Assert.That((refused.Status, refused.Code, refused.ContentType), Is.EqualTo((HttpStatusCode.TooManyRequests, "rate.limited", "application/problem+json")), refused.Body.ToString());
            Assert.That(retryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(WasSent(over.MessageId), Is.False);
            Assert.That((other.Status, WasSent(status.MessageId)), Is.EqualTo((HttpStatusCode.Accepted, true)), "the CAF has its own limit");
        });
    }

    [Test]
    public async Task Should_limit_callers_without_a_known_key_by_address_more_strictly()
    {
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= AnonymousLimit; i++)
        {
            answers.Add((await Answer.ReadAsync(await _gateway.PostJsonAsync("/v1/cdp-notifications", i % 2 == 0 ? null : "hk_not-a-key", Samples.Cdp()))).Status);
        }

        var alert = SampleMessages.ReportDaloCfpRisk() with { MessageId = Guid.NewGuid() };
        var partner = await Answer.ReadAsync(await _gateway.PostJsonAsync("/v1/messages/report-dalo-cfp-risk", RunningGateway.PrefectureKey, alert));

        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.EqualTo(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests }));
            Assert.That(partner.Status, Is.EqualTo(HttpStatusCode.Accepted), "a partner with its key is not limited with the anonymous callers of its address");
        });
    }

    [TestCase(0, 1, "00:01:00", TestName = "{m}(no partner permit)")]
    [TestCase(10, 20, "00:01:00", TestName = "{m}(anonymous above partner)")]
    [TestCase(10, 5, "00:00:00", TestName = "{m}(empty window)")]
    [TestCase(10, 5, "02:00:00", TestName = "{m}(window over an hour)")]
    public void Should_refuse_limits_that_make_no_sense_at_start(int partner, int anonymous, string window)
    {
        var options = new GatewayOptions { RateLimit = new() { PartnerPermitLimit = partner, AnonymousPermitLimit = anonymous, Window = TimeSpan.Parse(window, System.Globalization.CultureInfo.InvariantCulture) } };

        var result = new GatewayOptionsValidator().Validate(Options.DefaultName, options);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Gateway:RateLimit"));
        });
    }

    [Test]
    public void Should_accept_the_default_limits()
    {
        Assert.That(new GatewayOptionsValidator().Validate(Options.DefaultName, new GatewayOptions()).Succeeded, Is.True);
    }
}
