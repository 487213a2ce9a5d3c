using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal;

/// <summary>
/// The journal's answers: everything recorded about one dossier (an access request: only that household's rows),
/// and everything a partner sent or was sent in a period.
/// </summary>
public static class JournalQueries
{
    public static Task<List<JournalRow>> ForDossierAsync(HubStore store, Guid dossierId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadAsync(t => t.ReadAsync($"SELECT {JournalRows.Columns} FROM journal WHERE dossier_id = @dossier ORDER BY recorded_at, id",
            JournalRows.Read, cancellationToken, ("@dossier", dossierId)), cancellationToken);
    }

    /// <summary>Rows of <paramref name="partner"/> recorded from <paramref name="from"/> (included) to <paramref name="to"/> (excluded).</summary>
    public static Task<List<JournalRow>> ForPartnerAsync(HubStore store, string partner, DateTimeOffset from, DateTimeOffset to,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadAsync(t => t.ReadAsync(
            $"SELECT {JournalRows.Columns} FROM journal WHERE partner = @partner AND recorded_at >= @from AND recorded_at < @to ORDER BY recorded_at, id",
            JournalRows.Read, cancellationToken, ("@partner", partner), ("@from", from), ("@to", to)), cancellationToken);
    }

    /// <summary>Rows and bytes the journal holds (its table, as the rows' text and hash columns measure it): for the bench.</summary>
    public static Task<long> CountAsync(HubStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ReadAsync(async t => Convert.ToInt64(await t.ScalarAsync("SELECT COUNT(*) FROM journal", cancellationToken).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }
}
