using System.Globalization;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal.Tests;

/// <summary>
/// A journal on each store, filled the way the hub fills it (rows appended in write transactions, chained by sealing
/// rounds, a checkpoint every <see cref="CheckpointEvery"/> rows), and the SQL a hand with write access to the store
/// would use to tamper with it.
/// </summary>
public abstract class JournalSpec(StoreProvider provider)
{
    protected const int CheckpointEvery = 10;

    private JournalDatabase _database = null!;

    protected StoreProvider Provider { get; } = provider;

    // Disposed with the database, which owns every store it made.
#pragma warning disable NUnit1032
    protected HubStore Store { get; private set; } = null!;
#pragma warning restore NUnit1032

    protected JournalSigningKey Key => _database.Key;

    protected JournalDatabase Database => _database;

    protected JournalOptions Options { get; } = new() { CheckpointEvery = CheckpointEvery, CheckpointInterval = TimeSpan.FromDays(1) };

    [SetUp]
    public async Task CreateStore()
    {
        _database = new JournalDatabase(Provider);
        Store = _database.NewStore();
        await Store.EnsureCreatedAsync();
    }

    [TearDown]
    public async Task DropStore() => await _database.DisposeAsync();

    /// <summary>Appends <paramref name="count"/> rows in rounds of <paramref name="perRound"/>, sealing after each round.</summary>
    protected async Task FillAsync(int count, int perRound = 7)
    {
        for (var done = 0; done < count;)
        {
            var round = Math.Min(perRound, count - done);
            var first = done;
            await Store.WriteAsync(async t =>
            {
                for (var i = first; i < first + round; i++)
                {
                    await JournalWriter.AppendAsync(t, Record(i), CancellationToken.None);
                }
            });
            done += round;
            await JournalSealer.SealAsync(Store, Key, Options);
        }
    }

    protected static JournalRecord Record(int i) => new()
    {
        Key = $"in:HUISSIERS:{i}",
        Kind = i % 2 == 0 ? JournalKinds.In : JournalKinds.Out,
        Edge = "ccapex.partner.huissiers",
        Partner = i % 3 == 0 ? "DRIHL" : "HUISSIERS",
        MessageType = "SubmitCdpNotification",
        Flow = "F1",
        DossierId = new Guid(i, 0, 0, new byte[8]),
        MessageId = Guid.NewGuid(),
        BodySha256 = JournalWriter.Sha256(i.ToString(CultureInfo.InvariantCulture)),
        Outcome = "accepted",
    };

    protected Task<JournalVerification> VerifyAsync() => JournalVerifier.VerifyAsync(Store, Key, CheckpointEvery);

    protected Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        var changed = 0;
        return Store.WriteAsync(async t => changed = await t.ExecuteAsync(sql, CancellationToken.None, parameters)).ContinueWith(_ => changed, TaskScheduler.Default);
    }

    protected Task<long> CountAsync(string sql) =>
        Store.ReadAsync(async t => Convert.ToInt64(await t.ScalarAsync(sql, CancellationToken.None), CultureInfo.InvariantCulture));

    protected Task<long> IdAtAsync(long position) =>
        Store.ReadAsync(async t => Convert.ToInt64(await t.ScalarAsync("SELECT id FROM journal WHERE position = @p", CancellationToken.None, ("@p", position)),
            CultureInfo.InvariantCulture));

    protected Task<List<long>> CheckpointPositionsAsync() =>
        Store.ReadAsync(t => t.ReadAsync("SELECT position FROM journal_checkpoint ORDER BY position", r => r.GetInt64(0), CancellationToken.None));

    protected Task<List<JournalRow>> ChainAsync() =>
        Store.ReadAsync(t => t.ReadAsync($"SELECT {JournalRows.Columns} FROM journal WHERE position IS NOT NULL ORDER BY position", JournalRows.Read, CancellationToken.None));

    /// <summary>Moves rows from <paramref name="from"/> on by <paramref name="by"/> positions (through negatives: positions are unique).</summary>
    protected async Task ShiftAsync(long from, long by)
    {
        await ExecuteAsync("UPDATE journal SET position = -position - @by WHERE position >= @from", ("@by", by), ("@from", from));
        await ExecuteAsync("UPDATE journal SET position = -position WHERE position < 0");
    }

    /// <summary>What a forger without the key does after changing rows: recomputes every hash from the first position on.</summary>
    protected async Task RechainAsync()
    {
        var previous = JournalChain.Genesis;
        foreach (var row in await ChainAsync())
        {
            previous = JournalChain.Hash(previous, row.Position!.Value, row);
            await ExecuteAsync("UPDATE journal SET chain_hash = @h WHERE id = @id", ("@h", JournalChain.ToHex(previous)), ("@id", row.Id));
        }
    }
}
