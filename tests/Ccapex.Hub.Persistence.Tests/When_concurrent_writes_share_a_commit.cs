using System.Data.Common;

namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// Group commit: writes that wait while a transaction is running go together into the next one, each in its
/// own savepoint, so one that fails is rolled back alone and the others commit.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_concurrent_writes_share_a_commit(StoreProvider provider) : StoreFixture(provider)
{
    private GroupCommit _writer = null!;
    private Task _first = null!;
    private Task _failing = null!;
    private Task[] _others = [];

    [SetUp]
    public async Task Queue_writes_behind_a_running_transaction()
    {
        _writer = new GroupCommit(Store.Dialect.OpenAsync);
        await ExecuteAsync("INSERT INTO test_key (key, dossier_id, created_at) VALUES ('taken', @id, @now)", ("@id", Guid.NewGuid()), ("@now", Clock.GetUtcNow()));

        // The first group holds its transaction open until the others are queued behind it.
        var running = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        _first = _writer.RunAsync(async (connection, transaction) =>
        {
            await InsertKeyAsync(connection, transaction, "first");
            running.SetResult();
            await release.Task;
        }, CancellationToken.None);
        await running.Task;

        _failing = _writer.RunAsync(async (connection, transaction) =>
        {
            await InsertKeyAsync(connection, transaction, "written-then-undone");
            await InsertKeyAsync(connection, transaction, "taken"); // a primary key violation: the database refuses it
        }, CancellationToken.None);
        _others = [.. Enumerable.Range(1, 3).Select(n => _writer.RunAsync((connection, transaction) => InsertKeyAsync(connection, transaction, $"other-{n}"), CancellationToken.None))];
        release.SetResult();
        await Task.WhenAll(_others.Append(_first).Append(_failing.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    [TearDown]
    public async Task Stop() => await _writer.DisposeAsync();

    [Test]
    public async Task Should_commit_the_others_in_one_transaction()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_others.Select(t => t.Status), Is.All.EqualTo(TaskStatus.RanToCompletion));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM test_key WHERE key LIKE 'other-%' OR key = 'first'"), Is.EqualTo(4));
            Assert.That(_writer.CommittedGroups, Is.EqualTo(2), "the first group, then everything queued behind it");
        }
    }

    [Test]
    public async Task Should_fail_and_undo_the_failing_write_alone()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_failing.IsFaulted, Is.True);
            Assert.That(_failing.Exception?.InnerException, Is.InstanceOf<DbException>());
            Assert.That(await CountAsync("SELECT COUNT(*) FROM test_key WHERE key = 'written-then-undone'"), Is.Zero);
        }
    }

    private Task<int> InsertKeyAsync(DbConnection connection, DbTransaction transaction, string key) =>
        Store.Dialect.ExecuteAsync(connection, transaction, "INSERT INTO test_key (key, dossier_id, created_at) VALUES (@key, @id, @now)",
            CancellationToken.None, ("@key", key), ("@id", Guid.NewGuid()), ("@now", Clock.GetUtcNow()));
}
