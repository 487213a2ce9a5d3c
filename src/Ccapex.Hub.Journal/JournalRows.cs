using System.Data.Common;
using System.Globalization;

namespace Ccapex.Hub.Journal;

/// <summary>How every reader of the journal selects and reads its rows, on either database.</summary>
internal static class JournalRows
{
    public const string Columns =
        "id, record_key, kind, recorded_at, edge, partner, message_type, flow, dossier_id, message_id, body_sha256, outcome, view, handed_at, confirmed_at, position, chain_hash";

    public static JournalRow Read(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetString(2),
        Instant(reader.GetValue(3)),
        Text(reader, 4),
        Text(reader, 5),
        Text(reader, 6),
        Text(reader, 7),
        Id(reader.GetValue(8)),
        Id(reader.GetValue(9)),
        Text(reader, 10),
        Text(reader, 11),
        Text(reader, 12),
        OptionalInstant(reader.GetValue(13)),
        OptionalInstant(reader.GetValue(14)),
        reader.IsDBNull(15) ? null : reader.GetInt64(15),
        Text(reader, 16));

    /// <summary>An instant as either database returns it: PostgreSQL a UTC DateTime, SQLite its fixed-width text.</summary>
    public static DateTimeOffset Instant(object value) => value switch
    {
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        DateTimeOffset instant => instant.ToUniversalTime(),
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        _ => throw new InvalidOperationException($"Unexpected instant value {value?.GetType().Name ?? "null"}."),
    };

    public static DateTimeOffset? OptionalInstant(object value) => value is DBNull ? null : Instant(value);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static Guid? Id(object value) => value switch
    {
        DBNull => null,
        Guid id => id,
        string text => Guid.Parse(text),
        _ => throw new InvalidOperationException($"Unexpected uuid value {value.GetType().Name}."),
    };
}
