using System.Diagnostics;
using System.Net;
using Ccapex.Hub.Charter;
using Ccapex.Hub.Contracts;
using Ccapex.Hub.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Telemetry.Tests;

public sealed class When_one_cdp_goes_from_the_gateway_to_the_drihl
{
    private HubMeasurements _metrics = null!;
    private TracedHub _hub = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _metrics = new HubMeasurements();
        _hub = await TracedHub.StartAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _hub.DisposeAsync();
        _metrics.Dispose();
    }

    [Test]
    public async Task Should_show_gateway_intake_saga_and_relay_spans_in_one_trace()
    {
        var posted = DateTime.UtcNow;
        var (_, answer) = await _hub.PostCdpAsync();
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await answer.Content.ReadAsStringAsync());

        // This CDP's request: the tests of this fixture run one after the other.
        var gateway = _hub.Spans.Single(s => s.Source.Name == "Microsoft.AspNetCore" && s.Kind == ActivityKind.Server && s.StartTimeUtc >= posted);
        Activity? drihlSend = null;
        await Eventually.Until(
            () => (drihlSend = InTrace(gateway.TraceId).FirstOrDefault(s => s.Kind == ActivityKind.Producer && s.GetTagItem("messaging.destination.name") is "ccapex.drihl.in")) is not null,
            () => $"no send to ccapex.drihl.in in trace {gateway.TraceId}: {Describe(InTrace(gateway.TraceId))}");

        var trace = InTrace(gateway.TraceId);
        var intake = trace.SingleOrDefault(s => s.Kind == ActivityKind.Consumer && Tag(s, "messaging.masstransit.consumer_type").StartsWith("Ccapex.Hub.Routing.Intake.PartnerMessageIntake<", StringComparison.Ordinal));
        var saga = trace.SingleOrDefault(s => s.Kind == ActivityKind.Consumer && Tag(s, "messaging.masstransit.consumer_type") == "DossierStateMachine");
        var relay = trace.SingleOrDefault(s => s.Source.Name == HubTelemetry.Name && s.OperationName == "outbox relay" && Tag(s, "messaging.destination.name") == "queue:ccapex.drihl.in");
        Assert.Multiple(() =>
        {
            Assert.That(intake, Is.Not.Null, Describe(trace));
            Assert.That(saga, Is.Not.Null, Describe(trace));
            Assert.That(relay, Is.Not.Null, Describe(trace));
            Assert.That(saga?.ParentSpanId, Is.EqualTo(intake?.SpanId), "the dossier's saga runs in the intake's consume");
            Assert.That(relay?.ParentSpanId, Is.EqualTo(saga?.SpanId), "the relay's send continues the saga that wrote the outbox row");
            Assert.That(drihlSend!.ParentSpanId, Is.EqualTo(relay?.SpanId), "the broker send to the DRIHL's queue is the relay's");
        });
    }

    [Test]
    public async Task Should_count_the_cdp_in_and_its_copy_out_to_the_drihl()
    {
        var acceptedBefore = _metrics.Sum("ccapex.messages.in", ("flow", "F1"), ("partner", "HUISSIERS"), ("outcome", "accepted"));
        var outBefore = _metrics.Sum("ccapex.messages.out", ("flow", "F1"), ("partner", "DRIHL"));

        var (_, answer) = await _hub.PostCdpAsync();
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await answer.Content.ReadAsStringAsync());

        // The copy leaves as the outbox row's stored envelope: its flow comes from the type the relay gives the send.
        await Eventually.Until(() => _metrics.Sum("ccapex.messages.out", ("flow", "F1"), ("partner", "DRIHL")) > outBefore, _metrics.Describe);
        Assert.That(_metrics.Sum("ccapex.messages.in", ("flow", "F1"), ("partner", "HUISSIERS"), ("outcome", "accepted")), Is.EqualTo(acceptedBefore + 1), _metrics.Describe());
    }

    [Test]
    public async Task Should_count_a_refusal_by_its_code_and_the_message_as_refused()
    {
        // Sent on the hub's own account straight to the intake, past the gateway's checks: a CDP without its act reference.
        var cdp = SampleMessages.SubmitCdpNotification() with { MessageId = Guid.NewGuid(), SentAt = DateTimeOffset.UtcNow, ActReference = string.Empty };
        var before = _metrics.Sum("ccapex.refusals", ("code", "validation.failed"));
        var bus = _hub.Hub.Services.GetRequiredService<IBus>();
        var intake = await bus.GetSendEndpoint(new Uri(BrokerNames.Queue(BrokerNames.IntakeQueue(typeof(SubmitCdpNotification)))));

        await intake.Send(cdp);

        await Eventually.Until(() => _metrics.Sum("ccapex.refusals", ("code", "validation.failed")) > before, _metrics.Describe);
        await Eventually.Until(() => _metrics.Sum("ccapex.messages.in", ("partner", "HUISSIERS"), ("outcome", "refused")) >= 1, _metrics.Describe);
        Assert.That(_metrics.Of("ccapex.messages.in").SelectMany(m => m.Labels.Values), Has.None.EqualTo(cdp.MessageId.ToString()), "no id in a label");
    }

    [Test]
    public async Task Should_count_a_reminder_sent_for_an_overdue_answer()
    {
        var before = _metrics.Sum("ccapex.obligations.overdue", ("flow", "F4"), ("stage", "reminder"));
        var bus = _hub.Hub.Services.GetRequiredService<IBus>();
        var caf = await bus.GetSendEndpoint(new Uri(BrokerNames.Queue(BrokerNames.PartnerQueue(PartnerCode.Caf))));

        await caf.Send(new RemindOverdueAnswer
        {
            MessageId = Guid.NewGuid(),
            SentAt = DateTimeOffset.UtcNow,
            DossierId = Guid.NewGuid(),
            Flow = "F4",
            ExpectedMessage = nameof(HousingBenefitRightsChecked),
            Addressee = PartnerCode.Caf,
            DueAt = DateTimeOffset.UtcNow.AddDays(-1),
            Reminder = 1,
        });

        Assert.That(_metrics.Sum("ccapex.obligations.overdue", ("flow", "F4"), ("stage", "reminder")), Is.EqualTo(before + 1), _metrics.Describe());
    }

    [Test]
    public async Task Should_report_the_outbox_lag_in_seconds()
    {
        await _hub.PostCdpAsync();

        await Eventually.Until(
            () =>
            {
                _metrics.Observe();
                return _metrics.Of("ccapex.outbox.lag").Count > 0;
            },
            _metrics.Describe);
        Assert.That(_metrics.Of("ccapex.outbox.lag").Select(m => m.Value), Is.All.InRange(0, 60), "the relay sends within seconds: no row waits a minute");
    }

    private static string Tag(Activity span, string name) => span.GetTagItem(name) as string ?? string.Empty;

    private List<Activity> InTrace(ActivityTraceId trace) => [.. _hub.Spans.Where(s => s.TraceId == trace)];

    private static string Describe(IEnumerable<Activity> spans) =>
        string.Join(Environment.NewLine, spans.OrderBy(s => s.StartTimeUtc).Select(s => $"{s.Source.Name} {s.Kind} '{s.OperationName}' {s.SpanId} <- {s.ParentSpanId}"));
}
