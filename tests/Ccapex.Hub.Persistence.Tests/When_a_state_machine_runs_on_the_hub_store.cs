using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ccapex.Hub.Persistence.Tests;

[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_a_state_machine_runs_on_the_hub_store(StoreProvider provider) : HarnessFixture(provider)
{
    [Test]
    public async Task Should_store_the_instance_and_its_outbox_row()
    {
        var id = Guid.NewGuid();

        await Harness.Bus.Publish(new OpenTestDossier(id, "Martin"));

        await Eventually(async () => await Version(id) == 2, "the opened dossier is saved");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(await ScalarAsync($"SELECT current_state FROM {TestDossier.Table} WHERE correlation_id = @id", ("@id", id)), Is.EqualTo("Open"));
            Assert.That(await ScalarAsync("SELECT body FROM outbox WHERE correlation_id = @id", ("@id", id)), Does.Contain("opened"));
        }
    }

    [Test]
    public async Task Should_ignore_a_redelivered_message_through_the_saga_inbox()
    {
        var id = Guid.NewGuid();
        var noteId = Guid.NewGuid();
        await Harness.Bus.Publish(new OpenTestDossier(id, "Martin"));
        await Eventually(async () => await Version(id) == 2, "the dossier is open");

        for (var i = 0; i < 2; i++)
        {
            await Harness.Bus.Publish(new NoteTestDossier(id, "same"), Pipe.Execute<PublishContext>(c => c.MessageId = noteId));
        }

        await Eventually(async () => await Version(id) == 4, "both deliveries went through the saga");
        await using var session = NewSession();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await session.LoadAsync(id, CancellationToken.None))!.Notes, Is.EqualTo(1));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE correlation_id = @id", ("@id", id)), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Should_delete_the_instance_when_finalized_and_keep_its_last_messages()
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(new OpenTestDossier(id, "Martin"));
        await Eventually(async () => await Version(id) == 2, "the dossier is open");

        await Harness.Bus.Publish(new CloseTestDossier(id));

        await Eventually(async () => await CountAsync($"SELECT COUNT(*) FROM {TestDossier.Table}") == 0, "the finalized dossier is deleted");
        Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox WHERE body LIKE '%closed%'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Should_write_the_outbox_of_an_instance_finalized_by_its_first_message()
    {
        var id = Guid.NewGuid();

        await Harness.Bus.Publish(new RejectTestDossier(id, "incomplete form"));

        await Eventually(async () => await CountAsync("SELECT COUNT(*) FROM outbox WHERE correlation_id = @id", ("@id", id)) == 1,
            "the rejection is in the outbox");
        Assert.That(await Version(id), Is.Null, "no row for an instance that never lived past its first message");
    }

    [Test]
    public async Task Should_load_instances_through_the_load_repository()
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(new OpenTestDossier(id, "Bernard"));
        await Eventually(async () => await Version(id) == 2, "the dossier is open");

        var repository = Services.GetRequiredService<ILoadSagaRepository<TestDossier>>();
        var loaded = await repository.Load(id);

        Assert.That(loaded?.Title, Is.EqualTo("Bernard"));
    }

    private async Task<long?> Version(Guid id)
    {
        var version = await ScalarAsync($"SELECT version FROM {TestDossier.Table} WHERE correlation_id = @id", ("@id", id));
        return version is null ? null : Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture);
    }
}
