namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// The outbox sends only to queues, with no query parameter but MassTransit's temporary-queue flags, and only to the
/// queues the host names: a destination that would make the relay declare or bind fails the row's write.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_an_outbox_entry_names_a_destination_outside_the_hub(StoreProvider provider) : StoreFixture(provider)
{
    private const string Binding = "rabbitmq://localhost/ccapex/ccapex.drihl.in?bind=true&queue=ccapex.huissiers.in";

    [TestCase(Binding, "query parameter 'bind'")]
    [TestCase("queue:ccapex.drihl.in?bind=true", "query parameter 'bind'")]
    [TestCase("rabbitmq://localhost/ccapex/ccapex.drihl.in?exchange=ccapex.partner.caf", "query parameter 'exchange'")]
    [TestCase("exchange:ccapex.drihl.in", "scheme 'exchange'")]
    [TestCase("http://example.org/hook", "scheme 'http'")]
    [TestCase("not an address", "not an absolute address")]
    public async Task Should_fail_the_write_with_a_stable_code(string destination, string reason)
    {
        var entry = TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), "x", destination: destination);

        var refused = Assert.ThrowsAsync<OutboxDestinationRefusedException>(() => InsertOutboxAsync(TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), "fine"), entry));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused?.Code, Is.EqualTo("outbox.destination_refused"));
            Assert.That(refused?.Message, Does.StartWith("outbox.destination_refused: ").And.Contain(reason));
            Assert.That(refused?.Message, Does.Not.Contain("huissiers").And.Not.Contain("partner.caf"), "parameter names only, never their values");
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.Zero, "the whole write failed");
        }
    }

    [TestCase("queue:test-notices")]
    [TestCase("rabbitmq://localhost/ccapex/ccapex.hub.bus-host-0123abcd?temporary=true")]
    [TestCase("rabbitmq://localhost/ccapex/ccapex.hub.bus-host-0123abcd?durable=false&autodelete=true&exclusive=true")]
    public async Task Should_write_a_queue_address_with_only_temporary_flags(string destination)
    {
        await InsertOutboxAsync(TestNotice.Entry(Guid.NewGuid(), Guid.NewGuid(), "x", destination: destination));

        Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.EqualTo(1));
    }

    [Test]
    public void Should_refuse_a_queue_the_host_does_not_name()
    {
        var destinations = new OutboxDestinations(name => name is "ccapex.drihl.in");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(destinations.Refusal("queue:ccapex.drihl.in"), Is.Null);
            Assert.That(destinations.Refusal("rabbitmq://localhost/ccapex/ccapex.drihl.in"), Is.Null);
            Assert.That(destinations.Refusal("queue:ccapex.stranger.in"), Is.EqualTo("queue 'ccapex.stranger.in' is not one the hub sends to"));
            Assert.That(destinations.Refusal("queue:ccapex.<script>"), Does.Contain("ccapex.?script?"), "a name is shown in broker characters only");
        }
    }
}
