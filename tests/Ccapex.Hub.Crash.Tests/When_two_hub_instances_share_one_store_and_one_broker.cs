using Ccapex.Hub.Contracts;
using Ccapex.Hub.Host;
using Ccapex.Hub.Persistence;
using Ccapex.Hub.Routing;
using Ccapex.Hub.Testing;
using Ccapex.Hub.Charter;

namespace Ccapex.Hub.Crash.Tests;

/// <summary>
/// Scale-out (issue 5, part 4): two real hub processes on one PostgreSQL schema and one broker virtual host
/// share a stream of CDPs, then of procedure stages (F15) for the same dossiers, sent back to back so that
/// messages of one dossier reach both instances at once. A trigger the test puts on the dossier table
/// records every committed write with the version it replaced, the version it wrote and the instance that
/// wrote it (the connection's application name): the database's own account, not the hub's.
/// </summary>
[TestFixture(StoreProvider.Postgres)]
public sealed class When_two_hub_instances_share_one_store_and_one_broker(StoreProvider provider)
{
    private const int Dossiers = 60;
    private const int StagesPerDossier = 3;
    private static readonly string[] Instances = ["hub-a", "hub-b"];

    private readonly IReadOnlyList<SubmitCdpNotification> _cdps = CdpStream.Cdps(Dossiers);
    private List<ProcedureStageReached> _stages = [];
    private CrashedHub _hub = null!;
    private PartnerInbox _drihl = null!;
    private List<SagaWrite> _writes = [];

    [OneTimeSetUp]
    public async Task Share_a_stream_between_two_instances()
    {
        _hub = await CrashedHub.CreateAsync(provider);
        _drihl = await _hub.InboxAsync(PartnerCode.Drihl);
        await _hub.StartInstanceAsync(Instance(Instances[0]));
        await RecordDossierWritesAsync();
        await _hub.StartInstanceAsync(Instance(Instances[1]));

        await CdpStream.SendAsync(_hub.Bailiffs, _cdps);
        await _hub.WaitForStoreAsync(async store => (await store.SagasAsync("dossier")).Count == Dossiers, $"{Dossiers} dossiers");

        // Each dossier's stages back to back: consecutive messages go to both instances' consumers.
        _stages = [.. _cdps.SelectMany(cdp => Enumerable.Range(0, StagesPerDossier).Select(_ => Stage(cdp)))];
        var intake = await _hub.Bailiffs.GetSendEndpoint(new Uri($"queue:{BrokerNames.IntakeQueue(typeof(ProcedureStageReached))}"));
        foreach (var stage in _stages)
        {
            await intake.Send(stage);
        }

        await _drihl.WaitForDistinctAsync(Dossiers + _stages.Count, CrashedHub.DeliveryTimeout, _hub.Story);
        await _hub.SettleAsync();
        _writes = await SagaWritesAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _hub.DisposeAsync();

    [Test]
    public void Should_have_both_instances_write_dossiers()
    {
        var byInstance = _writes.GroupBy(w => w.Instance).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Out.WriteLine($"Dossier writes by instance: {string.Join(", ", byInstance.Select(p => $"{p.Key} {p.Value}"))}; "
            + $"dossiers written by both: {_writes.GroupBy(w => w.DossierId).Count(g => g.Select(w => w.Instance).Distinct().Count() == 2)}; "
            + $"version conflicts retried: {_hub.Story().Split('\n').Count(l => l.Contains(nameof(MassTransit.ConcurrencyException), StringComparison.Ordinal))}.");

        Assert.That(byInstance.Keys, Is.EquivalentTo(Instances));
    }

    [Test]
    public void Should_write_each_dossier_in_strictly_sequential_versions()
    {
        var broken = _writes.GroupBy(w => w.DossierId)
            .Where(g => !g.OrderBy(w => w.Sequence).Select(w => (w.Replaced, w.Written))
                .SequenceEqual(Enumerable.Range(1, g.Count()).Select(v => (v == 1 ? (int?)null : v - 1, v))))
            .Select(g => $"{g.Key}: {string.Join(" ", g.OrderBy(w => w.Sequence).Select(w => $"{w.Replaced}->{w.Written}@{w.Instance}"))}")
            .ToList();

        Assert.That(broken, Is.Empty, "each write replaces the version written just before it: no lost update, no version written twice");
    }

    [Test]
    public void Should_write_each_dossier_once_per_message()
    {
        var writesPerDossier = _writes.GroupBy(w => w.DossierId).Select(g => g.Count()).ToList();

        Assert.That(writesPerDossier, Has.Count.EqualTo(Dossiers).And.All.EqualTo(1 + StagesPerDossier));
    }

    [Test]
    public async Task Should_keep_every_message_in_its_dossier_once()
    {
        var dossiers = await _hub.Store.SagasAsync("dossier");
        var sent = _cdps.Select(c => c.MessageId).Concat(_stages.Select(s => s.MessageId)).ToHashSet();

        // The timeline also holds the hub's own entries (the listing line, say): only the partners' messages are counted.
        var timeline = dossiers.SelectMany(d => d.List("Timeline").Select(e => e["MessageId"]!.GetValue<Guid>())).Where(sent.Contains);

        Assert.That(timeline, Is.EquivalentTo(sent));
    }

    [Test]
    public void Should_route_every_message_to_the_drihl_exactly_once()
    {
        var expected = _cdps.Select(CdpStream.DrihlCopyId).Concat(_stages.Select(StageCopyId));

        Assert.Multiple(() =>
        {
            Assert.That(_drihl.DistinctIds, Is.EquivalentTo(expected));
            Assert.That(_drihl.Duplicates, Is.Zero, "the relays claim rows with SKIP LOCKED: no row is sent by both");
        });
    }

    [Test]
    public async Task Should_put_every_household_on_the_caf_listing_once()
    {
        var lines = await _hub.Store.ListingLinesAsync();
        var dossiers = await _hub.Store.SagasAsync("dossier");

        Assert.That(lines, Is.EquivalentTo(dossiers.Select(d => d.CorrelationId)));
    }

    [Test]
    public async Task Should_leave_nothing_in_error()
    {
        var errors = await _hub.ErrorQueuesAsync();

        Assert.That(errors.Where(q => q.Value > 0), Is.Empty);
    }

    /// <summary>The instance's name reaches PostgreSQL as the application name of its connections.</summary>
    private static Dictionary<string, string?> Instance(string name) => new()
    {
        [HubEnvironment.Postgres] = $"{Environment.GetEnvironmentVariable(HubEnvironment.Postgres)};Application Name={name}",
    };

    private static ProcedureStageReached Stage(SubmitCdpNotification cdp) => SampleMessages.ProcedureStageReached() with
    {
        MessageId = Guid.NewGuid(),
        SentAt = DateTimeOffset.UtcNow,
        DossierId = null,
        CdpActReference = cdp.ActReference,
    };

    private static Guid StageCopyId(ProcedureStageReached stage) =>
        DeterministicGuid.Create(MessageScope.Of(stage.MessageId, stage.Sender), $"deliver:{nameof(ProcedureStageReached)}:{PartnerCode.Drihl.Value}");

    /// <summary>Installed once the first instance created the tables, before any message is sent.</summary>
    private Task RecordDossierWritesAsync()
    {
        var schema = _hub.Store.Schema;
        return _hub.Store.ExecuteAsync($"""
            CREATE TABLE {schema}.dossier_write (
                sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                dossier_id uuid NOT NULL, replaced integer NULL, written integer NOT NULL, instance text NOT NULL);
            CREATE FUNCTION {schema}.record_dossier_write() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO {schema}.dossier_write (dossier_id, replaced, written, instance)
                VALUES (NEW.correlation_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.version END, NEW.version, current_setting('application_name'));
                RETURN NEW;
            END $$;
            CREATE TRIGGER dossier_write AFTER INSERT OR UPDATE ON {schema}.dossier
                FOR EACH ROW EXECUTE FUNCTION {schema}.record_dossier_write();
            """);
    }

    private async Task<List<SagaWrite>> SagaWritesAsync()
    {
        var writes = new List<SagaWrite>();
        await _hub.Store.QueryAsync("SELECT sequence, dossier_id, replaced, written, instance FROM dossier_write", reader => writes.Add(new SagaWrite(
            reader.GetInt64(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4))));
        return writes;
    }

    private sealed record SagaWrite(long Sequence, Guid DossierId, int? Replaced, int Written, string Instance);
}
