using System.Globalization;
using System.Text.Json;
using Ccapex.Hub.Journal;
using Ccapex.Hub.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ccapex.Hub.Host;

/// <summary>
/// <c>./hub audit verify | dossier ID | partner CODE --from DATE --to DATE [--json]</c>: the delivery journal of the
/// store the hub's settings name (the same CCAPEX_* variables and Hub:* settings as the hub), without starting the
/// hub. Exit codes: 0 done (verify: the journal is intact), 1 verify found tampering or the store failed, 2 bad usage.
/// </summary>
public static class AuditCommand
{
    private const string Usage =
        "usage: ./hub audit verify [--json] | dossier DOSSIER_ID [--json] | partner CODE --from YYYY-MM-DD --to YYYY-MM-DD [--json]  (settings as the hub's: --Hub:Store:Provider=..., CCAPEX_STORE...)";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static bool Handles(string[] args) => args is ["audit", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var rest = args[1..];
        var json = rest.Contains("--json");
        var words = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--json")
            {
                continue;
            }

            if (rest[i] is "--from" or "--to" && i + 1 < rest.Length)
            {
                named[rest[i]] = rest[++i];
            }
            else if (rest[i].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add(rest[i]);
            }
            else
            {
                words.Add(rest[i]);
            }
        }

        if (words is not (["verify"] or ["dossier", _] or ["partner", _]))
        {
            await error.WriteLineAsync($"audit.usage: {Usage}").ConfigureAwait(false);
            return 2;
        }

        Guid dossier = default;
        DateTimeOffset from = default, to = default;
        if (words[0] == "dossier" && !Guid.TryParse(words[1], out dossier))
        {
            await error.WriteLineAsync($"audit.bad_dossier_id: '{words[1]}' is not a dossier id (a GUID, as the hub's receipts give it).").ConfigureAwait(false);
            return 2;
        }

        if (words[0] == "partner" && (!Date(named, "--from", out from) || !Date(named, "--to", out to) || to <= from))
        {
            await error.WriteLineAsync("audit.bad_period: partner needs --from and --to as YYYY-MM-DD (UTC days, --to excluded), --to after --from.").ConfigureAwait(false);
            return 2;
        }

        using var host = HubHostBuilder.Create([.. settings]).Build();
        var store = host.Services.GetRequiredService<HubStore>();
        var options = host.Services.GetRequiredService<IOptions<JournalOptions>>().Value;
        try
        {
            switch (words[0])
            {
                case "verify":
                    var key = host.Services.GetRequiredService<JournalKey>();
                    using (var signing = JournalSigningKey.Open(key.Path))
                    {
                        var result = await JournalVerifier.VerifyAsync(store, signing, options.CheckpointEvery).ConfigureAwait(false);
                        await output.WriteLineAsync(json ? JsonSerializer.Serialize(result, Json) : Describe(result)).ConfigureAwait(false);
                        return result.Ok ? 0 : 1;
                    }

                case "dossier":
                    await WriteAsync(output, await JournalQueries.ForDossierAsync(store, dossier).ConfigureAwait(false), json).ConfigureAwait(false);
                    return 0;
                default:
                    await WriteAsync(output, await JournalQueries.ForPartnerAsync(store, words[1], from, to).ConfigureAwait(false), json).ConfigureAwait(false);
                    return 0;
            }
        }
        catch (JournalKeyException invalid)
        {
            await error.WriteLineAsync($"{invalid.Code}: {invalid.Message}").ConfigureAwait(false);
            return 2;
        }
        finally
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Describe(JournalVerification result)
    {
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{result.RowsChecked} rows and {result.CheckpointsChecked} checkpoints checked in {result.Elapsed.TotalSeconds:F2} s ({(result.Elapsed.TotalSeconds > 0 ? result.RowsChecked / result.Elapsed.TotalSeconds : 0):F0} rows/s)");
        return result.Ok
            ? string.Create(CultureInfo.InvariantCulture, $"journal ok: {counts}; {result.UnsignedTail} chained rows after the last checkpoint, {result.Unsealed} rows not chained yet.")
            : string.Create(CultureInfo.InvariantCulture, $"journal FAILED {result.Code} at position {result.FailedPosition}{(result.FailedRowId is { } id ? $" (row {id})" : "")}: {result.Message} ({counts} before it)");
    }

    private static async Task WriteAsync(TextWriter output, List<JournalRow> rows, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(rows, Json)).ConfigureAwait(false);
            return;
        }

        string[] header = ["recorded at", "kind", "partner", "type", "flow", "dossier", "message", "outcome / view", "handed", "confirmed", "sha-256"];
        var lines = rows.Select(r => new[]
        {
            Time(r.RecordedAt), r.Kind, r.Partner ?? "", r.MessageType ?? "", r.Flow ?? "", r.DossierId?.ToString() ?? "", r.MessageId?.ToString() ?? "",
            r.Outcome ?? r.View ?? "", Time(r.HandedAt), Time(r.ConfirmedAt), r.BodySha256?[..12] ?? "",
        }).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, lines.Count == 0 ? 0 : lines.Max(l => l[i].Length))).ToArray();
        await output.WriteLineAsync(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i])))).ConfigureAwait(false);
        foreach (var line in lines)
        {
            await output.WriteLineAsync(string.Join("  ", line.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} row(s)")).ConfigureAwait(false);
    }

    private static string Time(DateTimeOffset? instant) => instant?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "";

    private static bool Date(Dictionary<string, string> named, string name, out DateTimeOffset value)
    {
        value = default;
        if (!named.TryGetValue(name, out var text)
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        value = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return true;
    }
}
