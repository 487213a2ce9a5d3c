using System.Reflection;
using System.Text.Json;

namespace Ccapex.Hub.Persistence;

/// <summary>How the outbox relay polls, batches, reads message bodies and keeps sent rows.</summary>
public sealed class OutboxRelayOptions
{
    /// <summary>The longest a due row waits when no commit signal arrives (scheduled rows, other instances' rows).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Rows read (and, on PostgreSQL, locked) per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Rules to read the JSON body of a row written before rows kept their envelope into its CLR type: pass the
    /// contracts' options (ContractJson.Options). Rows written since are sent as stored and need neither this nor
    /// <see cref="MessageAssemblies"/>.
    /// </summary>
    public JsonSerializerOptions MessageJson { get; set; } = JsonSerializerOptions.Web;

    /// <summary>Assemblies searched first for the message type of a row written before rows kept their envelope (the contracts).</summary>
    public IList<Assembly> MessageAssemblies { get; } = [];

    /// <summary>How long sent rows are kept as the trace of each delivery; null keeps them for ever.</summary>
    public TimeSpan? SentRetention { get; set; } = TimeSpan.FromDays(400);

    /// <summary>How often the relay purges sent rows older than <see cref="SentRetention"/>.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Longest wait before retrying a row whose send failed (the wait doubles from 1 s up to this).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
