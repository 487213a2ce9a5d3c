namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_creating_the_schema(StoreProvider provider) : StoreFixture(provider)
{
    [Test]
    public async Task Should_be_idempotent_across_instances()
    {
        await using var first = NewStore();
        await using var second = NewStore();

        await Task.WhenAll(first.EnsureCreatedAsync(), second.EnsureCreatedAsync());
        await first.EnsureCreatedAsync();

        Assert.That(await CountAsync("SELECT COUNT(*) FROM schema_version WHERE version = 1"), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_drop_the_outbox_index_that_no_query_reads()
    {
        // A store created before the relay read by due time has this index; every write paid for it.
        await ExecuteAsync("CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (id) WHERE sent_at IS NULL");

        await using var store = NewStore();
        await store.EnsureCreatedAsync();

        var indexes = Provider == StoreProvider.Sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'outbox_unsent'"
            : "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'outbox_unsent' AND schemaname = current_schema()";
        Assert.That(await CountAsync(indexes), Is.Zero);
    }

    [Test]
    public async Task Should_refuse_a_database_of_a_newer_version()
    {
        await ExecuteAsync("INSERT INTO schema_version (version, applied_at) VALUES (99, @now)", ("@now", Clock.GetUtcNow()));
        try
        {
            await using var store = NewStore();
            Assert.That(() => store.EnsureCreatedAsync(), Throws.InvalidOperationException.With.Message.Contains("99"));
        }
        finally
        {
            await ExecuteAsync("DELETE FROM schema_version WHERE version = 99");
        }
    }

    [Test]
    public async Task Should_apply_the_session_settings()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(await ScalarAsync("PRAGMA journal_mode"), Is.EqualTo("wal"));
                Assert.That(await ScalarAsync("PRAGMA synchronous"), Is.EqualTo(2L), "FULL");
                Assert.That(await ScalarAsync("PRAGMA foreign_keys"), Is.EqualTo(1L));
                Assert.That(await ScalarAsync("PRAGMA busy_timeout"), Is.EqualTo(10_000L));
                Assert.That(File.Exists(Path.Combine(Database.Options.DataDirectory, HubStoreOptions.DefaultSqliteFileName)));
            }
        }
        else
        {
            Assert.That(await ScalarAsync("SELECT current_schema()"), Is.EqualTo(Database.Options.Schema));
        }
    }
}
