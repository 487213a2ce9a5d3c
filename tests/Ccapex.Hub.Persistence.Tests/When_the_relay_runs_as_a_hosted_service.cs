using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_relay_runs_as_a_hosted_service(StoreProvider provider) : HarnessFixture(provider)
{
    // The fake clock never moves, so the poll never fires: only the commit signal can wake the relay.
    protected override ServiceProvider CreateServices() =>
        NewHarness(configureServices: s => s.AddHubOutboxRelay(o => o.PollInterval = TimeSpan.FromHours(1)));

    [Test]
    public async Task Should_send_a_saga_message_as_soon_as_it_commits()
    {
        Assert.That(Services.GetServices<IHostedService>().OfType<OutboxRelay>().Single().ExecuteTask, Is.Not.Null, "started with the harness");
        var id = Guid.NewGuid();

        await Harness.Bus.Publish(new OpenTestDossier(id, "Robert"));

        Assert.That(await Harness.Sent.Any(m => m.Context.CorrelationId == id), Is.True);
    }
}
