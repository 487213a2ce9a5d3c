using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>MassTransit's own scheduling API (as a state machine's Schedule uses it) against the outbox-backed scheduler.</summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_scheduling_through_the_hub_scheduler(StoreProvider provider) : HarnessFixture(provider)
{
    private static readonly Uri PingQueue = new($"queue:{TestPing.Queue}");

    // The scheduler MassTransit registers for the scheduler address (what a consumer's context would use).
    private IMessageScheduler Scheduler => Harness.Scope.ServiceProvider.GetRequiredService<IMessageScheduler>();

    protected override ServiceProvider CreateServices()
    {
        Uri? schedulerAddress = null;
        return NewHarness(
            x =>
            {
                schedulerAddress = x.AddHubScheduler();
                x.AddConsumer<TestPingConsumer>().Endpoint(e => e.Name = TestPing.Queue);
            },
            (_, cfg) => cfg.UseMessageScheduler(schedulerAddress!));
    }

    [Test]
    public async Task Should_keep_the_message_in_the_outbox_until_due()
    {
        var due = Clock.GetUtcNow().AddDays(183);

        var scheduled = await Scheduler.ScheduleSend(PingQueue, due.UtcDateTime, new TestPing(Guid.NewGuid(), "six months"));

        await Eventually(async () => await CountAsync("SELECT COUNT(*) FROM outbox") == 1, "the schedule is stored");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE due_at = @due AND cancel_key = @key AND envelope IS NOT NULL",
                ("@due", due), ("@key", HubSchedulerConsumer.CancelKey(scheduled.TokenId))), Is.EqualTo(1));
            Assert.That(await Services.GetRequiredService<OutboxRelay>().DispatchDueAsync(), Is.Zero);
        }
    }

    [Test]
    public async Task Should_deliver_it_when_due_with_its_scheduling_token()
    {
        var dossier = Guid.NewGuid();
        var scheduled = await Scheduler.ScheduleSend(PingQueue, Clock.GetUtcNow().AddDays(183).UtcDateTime, new TestPing(dossier, "six months"));
        await Eventually(async () => await CountAsync("SELECT COUNT(*) FROM outbox") == 1, "the schedule is stored");
        var messageId = (await ScalarAsync("SELECT message_id FROM outbox"))!;

        Clock.Advance(TimeSpan.FromDays(183));
        Assert.That(await Services.GetRequiredService<OutboxRelay>().DispatchDueAsync(), Is.EqualTo(1));

        Assert.That(await Harness.Consumed.Any<TestPing>(m => m.Context.Message.DossierId == dossier), Is.True);
        var received = Harness.Consumed.Select<TestPing>(m => m.Context.Message.DossierId == dossier).Single().Context;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(received.Message.Text, Is.EqualTo("six months"));
            Assert.That(received.GetSchedulingTokenId(), Is.EqualTo(scheduled.TokenId));
            Assert.That(received.MessageId?.ToString(), Is.EqualTo(messageId.ToString()));
        }
    }

    [Test]
    public async Task Should_cancel_it_before_it_is_sent()
    {
        var scheduled = await Scheduler.ScheduleSend(PingQueue, Clock.GetUtcNow().AddDays(15).UtcDateTime, new TestPing(Guid.NewGuid(), "reminder"));
        await Eventually(async () => await CountAsync("SELECT COUNT(*) FROM outbox") == 1, "the schedule is stored");

        await Scheduler.CancelScheduledSend(PingQueue, scheduled.TokenId);

        await Eventually(async () => await CountAsync("SELECT COUNT(*) FROM outbox") == 0, "the schedule is cancelled");
    }
}
