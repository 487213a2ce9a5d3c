using System.Globalization;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal;

/// <summary>
/// The outbox's side of the journal: an entry for a partner (one that carries <see cref="OutboxFacts"/>) gets its
/// "out" row in the transaction that writes it, with the SHA-256 of the bytes the relay will hand to the broker; a
/// confirmed send gets its "sent" row in the relay's mark, copied from that "out" row (so a row the journal never
/// recorded, a timeout of the hub's, records no send either). The hub's own messages are not deliveries.
/// </summary>
public sealed class OutboxJournal : IOutboxJournal
{
    private static readonly string[] Sent = ["k", "s", "h", "c"];

    public async Task QueuedAsync(StoreTransaction transaction, OutboxEntry entry, string envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Facts is not { } facts)
        {
            return;
        }

        var record = new JournalRecord
        {
            Key = OutKey(entry.MessageId),
            Kind = JournalKinds.Out,
            Edge = entry.Destination,
            Partner = facts.Recipient,
            MessageType = entry.MessageType.Name,
            Flow = facts.Flow,
            DossierId = entry.CorrelationId,
            MessageId = entry.MessageId,
            BodySha256 = JournalWriter.Sha256(envelope),
            View = facts.View,
        };
        await JournalWriter.AppendAsync(transaction, record, cancellationToken).ConfigureAwait(false);

        // A message about several households (a CAF listing): one row more per household, under its dossier, so that an
        // access request finds the listing that carried its data. Its confirmed send is the message's own row's.
        foreach (var dossier in facts.Concerning ?? [])
        {
            await JournalWriter.AppendAsync(transaction, record with { Key = $"{record.Key}:{dossier:N}", DossierId = dossier }, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public async Task SentAsync(StoreTransaction transaction, IReadOnlyList<OutboxSent> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(rows);
        var provider = transaction.Provider;
        string V(string column) => JournalValues.Column(provider, Sent, column);
        foreach (var chunk in rows.Chunk(200))
        {
            // WHERE true: SQLite reads "INSERT ... SELECT ... ON CONFLICT" as a join constraint without it.
            var sql = $"""
                INSERT INTO journal (record_key, kind, recorded_at, edge, partner, message_type, flow, dossier_id, message_id, body_sha256, view, handed_at, confirmed_at)
                SELECT {V("s")}, '{JournalKinds.Sent}', @now, o.edge, o.partner, o.message_type, o.flow, o.dossier_id, o.message_id, o.body_sha256, o.view, {V("h")}, {V("c")}
                FROM {JournalValues.Table(provider, chunk.Length, Sent, "s")} JOIN journal o ON o.record_key = {V("k")}
                WHERE 1 = 1
                ON CONFLICT (record_key) DO NOTHING
                """;
            var parameters = new List<(string, object?)>((chunk.Length * 4) + 1) { ("@now", transaction.Now) };
            for (var i = 0; i < chunk.Length; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                parameters.Add(("@sk" + n, OutKey(chunk[i].MessageId)));
                parameters.Add(("@ss" + n, SentKey(chunk[i].MessageId)));
                parameters.Add(("@sh" + n, chunk[i].HandedAt));
                parameters.Add(("@sc" + n, chunk[i].ConfirmedAt));
            }

            await transaction.ExecuteAsync(sql, cancellationToken, [.. parameters]).ConfigureAwait(false);
        }
    }

    public static string OutKey(Guid messageId) => $"out:{messageId:N}";

    public static string SentKey(Guid messageId) => $"sent:{messageId:N}";
}
