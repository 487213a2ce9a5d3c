namespace Ccapex.Hub.Persistence.Tests;

/// <summary>
/// Many messages for one dossier at once (8 consumed concurrently): conflicts raise
/// ConcurrencyException, the retry reloads the saga, and in the end every message counted once
/// and no outbox entry of a failed attempt leaked.
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_messages_race_for_one_saga(StoreProvider provider) : HarnessFixture(provider)
{
    private const int Notes = 30;

    [Test]
    public async Task Should_apply_every_message_once_without_leaking_outbox_entries()
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(new OpenTestDossier(id, "Petit"));
        await Eventually(async () => await CountAsync($"SELECT COUNT(*) FROM {TestDossier.Table} WHERE version = 2") == 1, "the dossier is open");

        await Task.WhenAll(Enumerable.Range(0, Notes).Select(i => Harness.Bus.Publish(new NoteTestDossier(id, $"note {i}"))));

        await Eventually(async () => await CountAsync($"SELECT COUNT(*) FROM {TestDossier.Table} WHERE version = @v", ("@v", 2 + Notes)) == 1,
            "every note is applied", seconds: 60);
        await using var session = NewSession();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await session.LoadAsync(id, CancellationToken.None))!.Notes, Is.EqualTo(Notes));
            Assert.That(await CountAsync("SELECT COUNT(*) FROM outbox"), Is.EqualTo(1 + Notes));
        }
    }
}
