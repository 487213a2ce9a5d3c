using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ccapex.Hub.Console.Store;

namespace Ccapex.Hub.Console.Dossiers;

/// <summary>
/// Reads the hub's dossier rows (the saga table the host names "dossier": id, version, JSON body), never writes them.
/// A store the hub has not yet started on has no such table: no dossiers.
/// </summary>
public sealed class DossierRows(ConsoleStore store)
{
    /// <summary>The host's saga table (Ccapex.Hub.Host.MessagingRegistration: UseHubStore("dossier")).</summary>
    public const string Table = "dossier";

    // As the store writes saga bodies (Persistence's SagaJson: the defaults, enums as names); members the console
    // does not know are skipped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { Converters = { new JsonStringEnumConverter() } };

    private const int Chunk = 200;
    private volatile bool _tableSeen;

    public async Task<DossierRecord?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await TableReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var rows = await store.QueryAsync($"SELECT body FROM {Table} WHERE correlation_id = @id", r => r.GetString(0), cancellationToken, ("@id", id))
            .ConfigureAwait(false);
        return rows.Count == 0 ? null : Read(rows[0]);
    }

    /// <summary>Every dossier's id and version: cheap (no body), to find what changed since the last read.</summary>
    public async Task<Dictionary<Guid, int>> VersionsAsync(CancellationToken cancellationToken)
    {
        if (!await TableReadyAsync(cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        var rows = await store.QueryAsync(
            $"SELECT correlation_id, version FROM {Table}",
            r => (Id: ConsoleStore.ReadGuid(r, 0), Version: Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture)),
            cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(r => r.Id, r => r.Version);
    }

    public async Task<List<DossierRecord>> LoadManyAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var records = new List<DossierRecord>(ids.Count);
        for (var start = 0; start < ids.Count; start += Chunk)
        {
            var chunk = ids.Skip(start).Take(Chunk).ToList();
            var names = new StringBuilder();
            var parameters = new (string Name, object? Value)[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                names.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"@p{i}");
                parameters[i] = ($"@p{i}", chunk[i]);
            }

            var bodies = await store.QueryAsync($"SELECT body FROM {Table} WHERE correlation_id IN ({names})", r => r.GetString(0), cancellationToken, parameters)
                .ConfigureAwait(false);
            records.AddRange(bodies.Select(Read));
        }

        return records;
    }

    public static DossierRecord Read(string body) =>
        JsonSerializer.Deserialize<DossierRecord>(body, Json) ?? throw new JsonException("A dossier row's body is null.");

    private async Task<bool> TableReadyAsync(CancellationToken cancellationToken)
    {
        if (_tableSeen)
        {
            return true;
        }

        _tableSeen = await store.TableExistsAsync(Table, cancellationToken).ConfigureAwait(false);
        return _tableSeen;
    }
}
