using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal.Tests;

/// <summary>
/// Every kind of tampering ADR 0015 claims to detect, done with plain SQL on a sealed and signed journal, is found by
/// the verifier, which names the first position that fails (and the row there).
/// </summary>
[TestFixture(StoreProvider.Sqlite)]
[TestFixture(StoreProvider.Postgres)]
public sealed class When_the_journal_is_tampered_with(StoreProvider provider) : JournalSpec(provider)
{
    [Test]
    public async Task Should_verify_the_journal_as_the_sealer_left_it()
    {
        await FillAsync(50);

        var result = await VerifyAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Ok, Is.True, result.Message);
            Assert.That(result.RowsChecked, Is.EqualTo(50));
            Assert.That(result.CheckpointsChecked, Is.EqualTo((await CheckpointPositionsAsync()).Count).And.GreaterThan(2));
            Assert.That(result.UnsignedTail, Is.LessThan(CheckpointEvery));
            Assert.That(result.Unsealed, Is.Zero);
        }
    }

    [Test]
    public async Task Should_name_the_row_whose_byte_was_edited()
    {
        await FillAsync(50);
        var id = await IdAtAsync(23);

        // One letter of the recipient: DRIHL becomes DRIHM.
        await ExecuteAsync("UPDATE journal SET partner = 'DRIHM' WHERE position = 23");

        await AssertFailsAsync(JournalVerifier.HashMismatch, 23, id);
    }

    [Test]
    public async Task Should_name_the_position_of_a_deleted_row()
    {
        await FillAsync(50);

        await ExecuteAsync("DELETE FROM journal WHERE position = 17");

        await AssertFailsAsync(JournalVerifier.RowMissing, 17, null);
    }

    [Test]
    public async Task Should_name_the_row_after_a_deleted_one_closed_up()
    {
        await FillAsync(50);
        var next = await IdAtAsync(18);

        await ExecuteAsync("DELETE FROM journal WHERE position = 17");
        await ShiftAsync(18, -1);

        await AssertFailsAsync(JournalVerifier.HashMismatch, 17, next);
    }

    [Test]
    public async Task Should_name_the_row_displaced_by_an_inserted_one()
    {
        await FillAsync(50);
        var displaced = await IdAtAsync(12);
        var chain = await ChainAsync();

        // A forger who even computes the inserted row's own hash correctly: the row it displaces no longer matches.
        await ShiftAsync(12, 1);
        var forged = Record(999) with { Outcome = "accepted" };
        await Store.WriteAsync(t => JournalWriter.AppendAsync(t, forged, CancellationToken.None));
        var row = (await ChainAsync()).Count == chain.Count
            ? (await Store.ReadAsync(t => t.ReadAsync($"SELECT {JournalRows.Columns} FROM journal WHERE position IS NULL", JournalRows.Read, CancellationToken.None))).Single()
            : throw new AssertionException("the forged row was sealed");
        var hash = JournalChain.Hash(JournalChain.FromHex(chain[10].ChainHash!), 12, row);
        await ExecuteAsync("UPDATE journal SET position = 12, chain_hash = @h WHERE id = @id", ("@h", JournalChain.ToHex(hash)), ("@id", row.Id));

        await AssertFailsAsync(JournalVerifier.HashMismatch, 13, displaced);
    }

    [Test]
    public async Task Should_name_the_first_of_two_rows_swapped()
    {
        await FillAsync(50);
        var sixth = await IdAtAsync(6);

        await ExecuteAsync("UPDATE journal SET position = -6 WHERE position = 5");
        await ExecuteAsync("UPDATE journal SET position = 5 WHERE position = 6");
        await ExecuteAsync("UPDATE journal SET position = 6 WHERE position = -6");

        await AssertFailsAsync(JournalVerifier.HashMismatch, 5, sixth);
    }

    [Test]
    public async Task Should_find_the_tail_removed_up_to_a_checkpoint()
    {
        await FillAsync(50);
        var signed = (await CheckpointPositionsAsync()).Last();

        await ExecuteAsync("DELETE FROM journal WHERE position > @p", ("@p", signed - 4));

        var result = await AssertFailsAsync(JournalVerifier.Truncated, signed - 3, null);
        Assert.That(result.Message, Does.Contain($"covers {signed} rows"));
    }

    [Test]
    public async Task Should_find_the_tail_removed_with_its_checkpoints_once_more_rows_than_the_sealer_leaves_unsigned_remain()
    {
        await FillAsync(50);
        var checkpoints = await CheckpointPositionsAsync();
        var kept = checkpoints[0];

        await ExecuteAsync("DELETE FROM journal_checkpoint WHERE position > @p", ("@p", kept));
        await ExecuteAsync("DELETE FROM journal WHERE position > @p", ("@p", checkpoints[^1] - 1));

        await AssertFailsAsync(JournalVerifier.UnsignedTail, kept + 1, null);
    }

    [Test]
    public async Task Should_find_a_chain_rewritten_without_the_key()
    {
        await FillAsync(50);
        var checkpoints = await CheckpointPositionsAsync();
        var before = checkpoints.Last(p => p < 30);

        await ExecuteAsync("UPDATE journal SET outcome = 'rule.sender_not_allowed' WHERE position = 30");
        await RechainAsync();
        // The forger also brings the checkpoints in line with the new chain, but cannot sign them.
        foreach (var row in await ChainAsync())
        {
            await ExecuteAsync("UPDATE journal_checkpoint SET last_hash = @h WHERE position = @p", ("@h", row.ChainHash), ("@p", row.Position));
        }

        var result = await AssertFailsAsync(JournalVerifier.SignatureInvalid, before + 1, null);
        Assert.That(result.Message, Does.Contain($"positions {before + 1} to"));
    }

    [Test]
    public async Task Should_find_a_chain_resigned_with_another_key()
    {
        await FillAsync(50);
        using var forger = JournalSigningKey.OpenOrCreate(Path.Combine(Database.Folder, "forger", "key.pem"));

        await ExecuteAsync("UPDATE journal SET outcome = 'rule.sender_not_allowed' WHERE position = 30");
        await RechainAsync();
        await ExecuteAsync("DELETE FROM journal_checkpoint");
        await JournalSealer.SealAsync(Store, forger, Options, forceCheckpoint: true);

        await AssertFailsAsync(JournalVerifier.UnknownKey, 1, null);
    }

    [Test]
    public async Task Should_find_a_checkpoint_brought_forward_with_a_changed_count()
    {
        await FillAsync(50);
        var first = (await CheckpointPositionsAsync())[0];

        await ExecuteAsync("UPDATE journal_checkpoint SET row_count = row_count + 1 WHERE position = @p", ("@p", first));

        await AssertFailsAsync(JournalVerifier.CheckpointMismatch, 1, null);
    }

    private async Task<JournalVerification> AssertFailsAsync(string code, long position, long? rowId)
    {
        var result = await VerifyAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Ok, Is.False, "the tampering went unnoticed");
            Assert.That(result.Code, Is.EqualTo(code), result.Message);
            Assert.That(result.FailedPosition, Is.EqualTo(position), result.Message);
            Assert.That(result.FailedRowId, Is.EqualTo(rowId), result.Message);
            Assert.That(result.Message, Does.Contain(position.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return result;
    }
}
