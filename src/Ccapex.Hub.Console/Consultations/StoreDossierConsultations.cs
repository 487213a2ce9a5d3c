using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Consultations;

/// <summary>The record of opened dossiers in the console's table <see cref="ConsoleSchema.DossierViews"/>, real time.</summary>
public sealed class StoreDossierConsultations(ConsoleStore store, TimeProvider time) : IDossierConsultations
{
    public Task RecordAsync(Guid userId, Guid dossierId, CancellationToken cancellationToken) =>
        store.ExecuteAsync(
            $"INSERT INTO {ConsoleSchema.DossierViews} (user_id, dossier_id, viewed_at) VALUES (@user, @dossier, @at)",
            cancellationToken, ("@user", userId), ("@dossier", dossierId), ("@at", time.GetUtcNow()));

    public async Task<IReadOnlyList<Consultation>> LatestAsync(Guid? dossierId, int count, CancellationToken cancellationToken)
    {
        var where = dossierId is null ? "" : "WHERE v.dossier_id = @dossier ";
        return await store.QueryAsync(
            $"""
            SELECT v.user_id, u.login, v.dossier_id, v.viewed_at FROM {ConsoleSchema.DossierViews} v
            LEFT JOIN {ConsoleSchema.Users} u ON u.id = v.user_id {where}ORDER BY v.id DESC LIMIT @count
            """,
            r => new Consultation(ConsoleStore.ReadGuid(r, 0), r.IsDBNull(1) ? null : r.GetString(1), ConsoleStore.ReadGuid(r, 2), ConsoleStore.ReadInstant(r, 3)),
            cancellationToken, ("@dossier", dossierId), ("@count", count)).ConfigureAwait(false);
    }
}
